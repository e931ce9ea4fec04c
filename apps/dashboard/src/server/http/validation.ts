import type { z } from "zod";
import { HttpError } from "./errors";

export interface FieldError {
  /** Dotted path of the bad field, or null when the problem is the body as a whole. */
  field: string | null;
  message: string;
}

/** The first problem zod found, phrased so that the message names the field. */
export function describeZodError(error: z.ZodError): FieldError {
  const issue = error.issues[0];
  if (!issue) return { field: null, message: "invalid input" };
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const prefix = issue.path.length ? `${issue.path.join(".")}.` : "";
    const names = issue.keys.map((k) => `"${prefix}${k}"`).join(", ");
    return { field: `${prefix}${key}`, message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${names}` };
  }
  const field = issue.path.length ? issue.path.map(String).join(".") : null;
  if (field === null) return { field, message: issue.message };
  const message = issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
  return { field, message };
}

/** Parses with the shared zod schema; a failure is a 400 `{error, field}`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { field, message } = describeZodError(parsed.error);
  throw new HttpError(400, message, { field });
}
