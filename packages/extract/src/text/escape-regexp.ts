/** `s` as a literal inside a regular expression: names from a list joined into one alternation. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
