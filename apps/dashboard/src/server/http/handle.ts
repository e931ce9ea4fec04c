import type { Logger } from "../logger";
import { toErrorResponse } from "./errors";

/**
 * Runs a handler body with its deps and turns anything it throws into a JSON error response
 * (400/404/413/415 for `HttpError`, 503 when the database is unreachable, 500 otherwise).
 */
export function handlerRunner<D extends { logger: Pick<Logger, "error"> }>(
  getDeps: () => D,
  onError: (error: unknown) => Response | undefined = () => undefined,
) {
  return async function handle(run: (deps: D) => Promise<Response>): Promise<Response> {
    let deps: D | undefined;
    try {
      deps = getDeps();
      return await run(deps);
    } catch (error) {
      return onError(error) ?? toErrorResponse(error, deps?.logger);
    }
  };
}
