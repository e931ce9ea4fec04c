import type { Doc, Line } from "../document";
import { datelineWriter } from "./dateline-writer";
import type { Layout } from "./header";

/**
 * Where the byline prints the writer: the name as read on a header, leading or trailing line, and
 * inside the dateline ("– من NAME –"). A person read only there is the writer, no person of the
 * story; one the story names again in its own sentences stays one.
 */
export function authorSpans(doc: Doc, layout: Layout, author: string | null): { first: number; last: number }[] {
  if (!author) return [];
  const out: { first: number; last: number }[] = [];
  const framed = datelineWriter(doc, layout);
  if (framed && framed.name === author) out.push({ first: framed.first, last: framed.last });
  const lines: Line[] = [...layout.leading, ...layout.header, ...layout.trailer];
  for (const line of lines) {
    for (let at = line.text.indexOf(author); at >= 0; at = line.text.indexOf(author, at + author.length)) {
      const start = line.start + at, end = start + author.length;
      let first = -1, last = -1;
      for (let k = line.first; k < line.last; k++) {
        const t = doc.tokens[k]!;
        if (t.start >= start && t.end <= end) {
          if (first < 0) first = k;
          last = k;
        }
      }
      if (first >= 0) out.push({ first, last });
    }
  }
  return out;
}
