import { findDates } from "../dates/find";
import type { Doc } from "../document";
import type { Layout } from "./header";

/**
 * The publication date: a date printed in the header block, in the dateline that opens the
 * body, or on a short trailing line. A date inside the story ("returned on Friday 13 February")
 * is not the publication date.
 */
export function readPublished(doc: Doc, layout: Layout): string | null {
  const monthFirst = doc.language === "en";
  const ranges: [number, number][] = [];
  for (const line of layout.header) ranges.push([line.first, line.last]);
  if (layout.dateline) ranges.push([layout.dateline.first, layout.dateline.last]);
  for (const line of layout.trailer) if (line.words <= 8) ranges.push([line.first, line.last]);
  for (const [a, b] of ranges) {
    for (const d of findDates(doc.tokens, doc.text, a, b, monthFirst)) if (d.iso) return d.iso;
  }
  return null;
}
