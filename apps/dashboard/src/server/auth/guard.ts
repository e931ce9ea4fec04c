import { refusal, type Access, type AttemptLimit, type Permission } from "@marsad/api";
import { errorResponse } from "../http/errors";
import type { RequestSource } from "../http/request-source";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite } from "./same-origin";

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

/**
 * Wraps a REST handler: refuses cross-site writes (403), callers who are not signed in (401, with
 * `WWW-Authenticate: Bearer`), roles without the permission (403) and a server with no users yet
 * (503, saying how to create one) and writes past the client's write allowance (429, with
 * `Retry-After`); otherwise runs the handler.
 */
export function guarded<A extends unknown[]>(
  deps: () => {
    accessOf: (request: Request) => Promise<Access>;
    sourceOf: (request: Request) => RequestSource;
    /** The client's write allowance; absent, writes are not limited. */
    limitWrites?: AttemptLimit;
  },
  permission: Permission,
  handler: Handler<A>,
): Handler<A> {
  return async (request, ...rest) => {
    const { accessOf, sourceOf, limitWrites } = deps();
    const source = sourceOf(request);
    if (isCrossSiteWrite(request, source.ownOrigin))
      return errorResponse(403, CROSS_SITE_REFUSAL);
    let access: Access;
    try {
      access = await accessOf(request);
    } catch {
      return errorResponse(503, "the database is unreachable: cannot check who you are; retry shortly");
    }
    const refused = refusal(access, permission);
    if (!refused) {
      const wait = isWrite(request) && limitWrites ? await limitWrites(source.client) : 0;
      if (wait > 0) {
        const limited = errorResponse(429, `too many write requests: retry after ${wait} s`, { retryAfterSeconds: wait });
        limited.headers.set("Retry-After", String(wait));
        return limited;
      }
      return handler(request, ...rest);
    }
    const response = errorResponse(refused.status, refused.message);
    if (refused.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="marsad"');
    return response;
  };
}

const isWrite = (request: Request) => !["GET", "HEAD", "OPTIONS"].includes(request.method);
