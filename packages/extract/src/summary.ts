import type { Doc } from "./document";

/**
 * Extractive summary: the first two or three body sentences that carry news (at least eight
 * words), which in news writing hold who, what, where and when.
 */
export function readSummary(doc: Doc, bodyStart: number, maxChars = 600): string {
  const picked: string[] = [];
  let length = 0;
  for (const s of doc.sentences) {
    if (s.start < bodyStart) continue;
    const text = doc.text.slice(s.start, s.end).trim();
    const words = text.split(/\s+/).length;
    if (words < 8) continue;
    if (picked.length && length + text.length > maxChars) break;
    picked.push(text);
    length += text.length + 1;
    if (picked.length >= 3 || (picked.length >= 2 && length > maxChars / 2)) break;
  }
  return picked.join(" ");
}
