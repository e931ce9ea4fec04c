import type { Permission } from "@marsad/api";
import { getServerDeps } from "../deps";
import { guarded } from "./guard";

/** `guarded`, bound to the process-wide deps: what the route files use. */
export function guard<A extends unknown[]>(
  permission: Permission,
  handler: (request: Request, ...rest: A) => Promise<Response>,
) {
  return guarded(getServerDeps, permission, handler);
}
