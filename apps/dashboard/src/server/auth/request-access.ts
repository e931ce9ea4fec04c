import type { Access } from "@marsad/api";
import { RequestCookies } from "@edge-runtime/cookies";
import { bearerTokenOf, resolveAccess, type AccessPolicy } from "./resolve-access";
import { sessionTokenFrom } from "./session-cookie";

/** Who sent this request: its bearer token, else its session cookie. */
export function requestAccess(policy: AccessPolicy, request: Request): Promise<Access> {
  return resolveAccess(policy, {
    bearerToken: bearerTokenOf(request.headers),
    sessionToken: sessionTokenFrom(new RequestCookies(request.headers)),
  });
}
