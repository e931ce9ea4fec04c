/**
 * An error as it may be logged: what failed and where, never the data it failed on. A query error
 * from drizzle carries every parameter — a whole article's text, a password hash — both in its
 * `params` and in its message (`Failed query: … params: …`); postgres.js errors carry them in
 * `parameters`. Logs get each parameter's type and size instead.
 */
export function logSafeError(error: unknown, depth = 0): unknown {
  if (depth > 5 || typeof error !== "object" || error === null) return error;
  const source = error as Record<string, unknown> & { message?: unknown; stack?: unknown; name?: unknown };
  const safe: Record<string, unknown> = {};
  if (typeof source.name === "string") safe.type = source.name;
  for (const key of ["message", "stack"] as const) {
    if (typeof source[key] === "string") safe[key] = withoutParams(source[key]);
  }
  for (const [key, value] of Object.entries(source)) {
    if (key === "cause") safe.cause = logSafeError(value, depth + 1);
    else if (key === "params" || key === "parameters") safe[key] = Array.isArray(value) ? value.map(describe) : describe(value);
    else if (key === "query" || key === "code" || key === "severity" || key === "routine" || key === "detail" || key === "hint")
      safe[key] = typeof value === "string" ? withoutParams(value) : value;
    else if (value === null || ["number", "boolean"].includes(typeof value)) safe[key] = value;
    else if (typeof value === "string") safe[key] = value.length > 200 ? describe(value) : value;
  }
  if (source.cause !== undefined && !("cause" in safe)) safe.cause = logSafeError(source.cause, depth + 1);
  return safe;
}

// drizzle's message is `Failed query: <sql>\nparams: <every value>`: keep the SQL, and in a stack
// the frames after the message.
function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, "\nparams: (not logged)");
}

function describe(value: unknown): string {
  if (typeof value === "string") return `string(${value.length} chars)`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value instanceof Date) return "date";
  return typeof value;
}
