import type { Logger } from "../logger";
import { dashboardMetrics } from "../metrics";
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
    let response: Response;
    try {
      deps = getDeps();
      response = await run(deps);
    } catch (error) {
      response = onError(error) ?? toErrorResponse(error, deps?.logger);
    }
    dashboardMetrics().apiResponses.inc({ status: String(response.status) });
    return response;
  };
}
