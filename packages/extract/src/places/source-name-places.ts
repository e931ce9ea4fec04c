/**
 * A place inside the outlet's name as printed on a byline or credit line ("By NAME, The Harbour
 * Herald", "NAME – صحيفة الرياض") names the outlet, not a place of the story.
 */
import type { Line } from "../document";

/** Character spans of the source's name where it is printed on the given header or trailer lines. */
export function sourceNameSpans(text: string, lines: readonly Line[], source: string | null): { start: number; end: number }[] {
  if (!source) return [];
  const out: { start: number; end: number }[] = [];
  for (const l of lines) {
    const lineText = text.slice(l.start, l.end);
    for (let at = lineText.indexOf(source); at >= 0; at = lineText.indexOf(source, at + source.length))
      out.push({ start: l.start + at, end: l.start + at + source.length });
  }
  return out;
}

/** Whether the characters [start, end) lie inside one of `spans`. */
export function insideSpans(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
