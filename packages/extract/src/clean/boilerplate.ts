import rules from "../rules/boilerplate.json";

/**
 * Cleaning: from the text as fetched to the text every offset points into. Lines that are page
 * furniture are dropped, a footer block (related links, comment forms …) ends the article, HTML
 * is reduced to its text, and invisible characters are removed. Paragraphs stay on their own
 * lines, separated by one blank line at most.
 */

const FOOTER = rules.footer.map((r) => new RegExp(r, "iu"));
const DROP = rules.drop.map((r) => new RegExp(r, "iu"));
const INLINE_TAILS = rules.inlineTails.map((r) => new RegExp(r, "u"));
// Only short lines can be furniture; long lines are paragraphs and are never regex-tested.
const MAX_FURNITURE_LINE = 300;

// Controls, zero-width and bidi characters carry nothing a reader sees.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export interface CleanResult {
  text: string;
  /** Lines dropped as furniture (kept for metadata readers, e.g. "read at source" lines). */
  dropped: string[];
}

export function isFooterLine(line: string): boolean {
  return line.length <= MAX_FURNITURE_LINE && FOOTER.some((r) => r.test(line));
}

export function isFurnitureLine(line: string): boolean {
  return line.length <= MAX_FURNITURE_LINE && DROP.some((r) => r.test(line));
}

/** Reduces HTML to text when the input is a page rather than plain text. */
export function stripHtml(text: string): string {
  const tags = text.match(/<\/?[a-zA-Z][^<>]{0,500}>/g);
  if (!tags || tags.length < 3) return text;
  return text
    .replace(/<(script|style|noscript)\b[^<>]{0,500}>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<\/?(p|div|br|h[1-6]|li|tr|section|article|header|footer|blockquote)\b[^<>]{0,500}>/gi, "\n")
    .replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

// A run of spaces becomes one space. A lone space is left alone rather than replaced by itself:
// that copied every line of text, space by space.
const SPACE_RUN = / [ \t\u00A0\u2000-\u200A\u3000]+|[\t\u00A0\u2000-\u200A\u3000][ \t\u00A0\u2000-\u200A\u3000]*/g;

export function cleanArticle(raw: string): CleanResult {
  const text = stripHtml(raw.replace(/\r\n?/g, "\n")).replace(INVISIBLE, "");
  const lines = text.split("\n");
  const kept: string[] = [];
  const dropped: string[] = [];
  let footer = false;
  for (const rawLine of lines) {
    let line = rawLine.replace(SPACE_RUN, " ").trim();
    if (footer) {
      if (line) dropped.push(line);
      continue;
    }
    if (!line) {
      if (kept.length && kept[kept.length - 1] !== "") kept.push("");
      continue;
    }
    if (isFooterLine(line)) {
      footer = true;
      dropped.push(line);
      continue;
    }
    if (isFurnitureLine(line)) {
      dropped.push(line);
      continue;
    }
    if (line.length <= MAX_FURNITURE_LINE) for (const r of INLINE_TAILS) line = line.replace(r, "");
    kept.push(line);
  }
  while (kept.length && kept[kept.length - 1] === "") kept.pop();
  return { text: kept.join("\n"), dropped };
}
