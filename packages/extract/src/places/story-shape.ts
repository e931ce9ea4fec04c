import type { Line } from "../document";

/** A line of at least this many words is a paragraph of the body, not a header or a caption. */
const PARAGRAPH_WORDS = 8;

/**
 * Where a news story's lead ends and its closing paragraph starts. News is written lead first:
 * the first two paragraphs tell who did what where, and the last one mostly gives background
 * ("Finland shares a 1,300 km border with Russia…"). Both are open-ended (Infinity) when the body
 * has fewer than three paragraphs, so a short piece is read as all lead and no background.
 */
export interface StoryShape {
  /** End of the body's second paragraph. */
  leadEnd: number;
  /** Start of the body's last paragraph. */
  closingStart: number;
}

export function storyShape(lines: readonly Line[], bodyStart: number): StoryShape {
  const paragraphs = lines.filter((l) => l.start >= bodyStart && l.words >= PARAGRAPH_WORDS);
  if (paragraphs.length < 3) return { leadEnd: Infinity, closingStart: Infinity };
  return { leadEnd: paragraphs[1]!.end, closingStart: paragraphs[paragraphs.length - 1]!.start };
}
