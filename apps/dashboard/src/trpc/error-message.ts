/**
 * What to tell a person about a failed tRPC call. Client errors (4xx) carry a message written for
 * them; a server error's message can be a raw driver error (SQL and all), so it is not shown.
 */
export function userMessage(error: { message: string; data?: { httpStatus?: number } | null }): string {
  const status = error.data?.httpStatus;
  if (status !== undefined && status >= 400 && status < 500) return error.message;
  if (status === undefined) return "the server could not be reached; check your connection and retry";
  return "the server failed to handle the request; retry, and see the dashboard log if it persists";
}
