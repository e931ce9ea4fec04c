/** A named entity's place in the text. */
export interface Highlight {
  start: number;
  end: number;
  entityId: string;
  type: "person" | "organization" | "place" | "country";
  name: string;
}

export type Segment = { text: string; highlight?: Highlight };

/**
 * Cuts a text into plain runs and highlighted mentions. Mentions are taken in order of their
 * start; one that overlaps an earlier one, or falls outside the text (offsets of another version
 * of the text), is left out rather than mangle the words around it.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at || h.end > text.length || h.end <= h.start) continue;
    if (h.start > at) segments.push({ text: text.slice(at, h.start) });
    segments.push({ text: text.slice(h.start, h.end), highlight: h });
    at = h.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
