import { refusal, type Access, type Permission } from "@marsad/api";
import { errorResponse } from "../http/errors";
import type { RequestSource } from "../http/request-source";
import { isCrossSiteWrite } from "./same-origin";

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

/**
 * Wraps a REST handler: refuses cross-site writes (403), callers who are not signed in (401, with
 * `WWW-Authenticate: Bearer`), roles without the permission (403) and a server with no users yet
 * (503, saying how to create one); otherwise runs the handler.
 */
export function guarded<A extends unknown[]>(
  deps: () => {
    accessOf: (request: Request) => Promise<Access>;
    sourceOf: (request: Request) => RequestSource;
  },
  permission: Permission,
  handler: Handler<A>,
): Handler<A> {
  return async (request, ...rest) => {
    const { accessOf, sourceOf } = deps();
    if (isCrossSiteWrite(request, sourceOf(request).ownOrigin))
      return errorResponse(403, "cross-site request refused (its Origin is not this server)");
    let access: Access;
    try {
      access = await accessOf(request);
    } catch {
      return errorResponse(503, "the database is unreachable: cannot check who you are; retry shortly");
    }
    const refused = refusal(access, permission);
    if (!refused) return handler(request, ...rest);
    const response = errorResponse(refused.status, refused.message);
    if (refused.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="marsad"');
    return response;
  };
}
