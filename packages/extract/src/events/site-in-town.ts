import type { Ctx } from "../persons/anchor-spans";
import { wordKey } from "../text/tokens";

// Definite nouns of a site that Arabic names by the town it stands in ("القاعدة البحرية بصفاقس").
const SITE_NOUNS = new Set(["القاعدة", "الثكنة", "المعسكر", "المطار", "الميناء", "المرفأ"].map(wordKey));

/**
 * "تفقدت الوزيرة القاعدة البحرية بصفاقس": a site named by its noun (and an adjective) with the
 * town after ب is where the happening stood, more specific than the town. Returns the site as
 * the event's sentence (characters start..end) prints it, else null.
 */
export function siteInTown(ctx: Ctx, town: string, start: number, end: number): string | null {
  const { tokens, text } = ctx.doc;
  const printed = "ب" + town;
  for (let i = 0; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.start < start || t.text !== printed) continue;
    let k = i - 1;
    // One adjective of the site's kind between ("البحرية", "الجوية", "الدولي").
    if (tokens[k] && tokens[k]!.key.startsWith("ال") && !SITE_NOUNS.has(tokens[k]!.key)) k--;
    const head = tokens[k];
    if (head && SITE_NOUNS.has(head.key)) return text.slice(head.start, t.end);
  }
  return null;
}
