/** Why a fetch was refused or failed; the message is stored on the article as its error. */
export type FetchFailure =
  | "bad-url"
  | "forbidden-address"
  | "dns"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "content-type"
  | "http-status"
  | "network";

export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
    /** Whether trying again later may succeed (timeouts and 5xx may; a private address never). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = "FetchError";
  }
}
