import { ZodError } from "zod";

/**
 * The first invalid field of a refused input, told so that an interface in any language can say
 * what is wrong: zod's issue code and its limit or expected format beside the English message.
 */
export interface FieldError {
  /** The field's path, dotted (`rules.0.query`). */
  path: string;
  /** zod's English explanation, for API clients and logs. */
  message: string;
  /** zod's issue code: too_small, too_big, invalid_format, invalid_type, invalid_value, unrecognized_keys, custom… */
  code: string;
  /** What was measured by a too_small/too_big issue: string, number, array… */
  origin?: string;
  /** The bound of a too_small/too_big issue. */
  limit?: number;
  /** The expected format of an invalid_format issue (url, uuid, regex…). */
  format?: string;
}

export function firstFieldError(error: ZodError): FieldError | null {
  const issue = error.issues[0];
  if (!issue) return null;
  const out: FieldError = { path: issue.path.join("."), message: issue.message, code: issue.code };
  if (issue.code === "too_small" || issue.code === "too_big") {
    out.origin = issue.origin;
    const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
    if (Number.isFinite(limit)) out.limit = limit;
  }
  if (issue.code === "invalid_format") out.format = issue.format;
  return out;
}

/** A refusal by a service that names the input field at fault (as `WatchlistError` does). */
function refusedField(cause: unknown): FieldError | null {
  if (!(cause instanceof Error) || !("field" in cause) || typeof cause.field !== "string") return null;
  return { path: cause.field, message: cause.message, code: "custom" };
}

/** The field a refused call names: the first zod issue, or the field a service's refusal names. */
export function fieldErrorOf(cause: unknown): FieldError | null {
  return cause instanceof ZodError ? firstFieldError(cause) : refusedField(cause);
}
