import type { Ctx } from "../persons/anchor-spans";
import { isDefiniteAdjective as isAdjective, KIND_NAMED_SITE_NOUNS as DESCRIBED_NOUNS, siteNounReading as nounReading, TOWN_NAMED_SITE_NOUNS as SITE_NOUNS } from "../places/definite-sites-in-town";
import { rawOffsetAfterLetters, wordKey } from "../text/tokens";

/**
 * "تفقدت الوزيرة القاعدة البحرية بصفاقس", "زار المنطقة الحرة في الزرقاء", "بالمنطقة الصناعية
 * لبور جنتيل": a site named by its noun (and up to two adjectives) with the town after ب, في or ل
 * is where the happening stood, more specific than the town. Returns the site as the event's
 * sentence (characters start..end) prints it, else null.
 */
export function siteInTown(ctx: Ctx, town: string, start: number, end: number): string | null {
  const { tokens, text } = ctx.doc;
  for (let i = 1; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.start < start || t.lineStart) continue;
    // The town after في, or with ب or ل on its first word.
    const afterFi = tokens[i - 1]!.key === wordKey("في") && !tokens[i - 1]!.lineStart;
    const prefix = afterFi ? "" : text[t.start] === "ب" || text[t.start] === "ل" ? text[t.start]! : null;
    if (prefix === null || text.slice(t.start, t.start + prefix.length + town.length) !== prefix + town) continue;
    const townEnd = t.start + prefix.length + town.length;
    const next = text[townEnd];
    if (next !== undefined && /[\p{L}\p{M}]/u.test(next)) continue;
    let k = afterFi ? i - 2 : i - 1;
    // Up to two adjectives of the site's kind between ("البحرية", "الحرة", "الدولي").
    let adjectives = 0;
    while (adjectives < 2 && isAdjective(tokens[k]) && !nounReading(tokens[k], SITE_NOUNS) && !nounReading(tokens[k], DESCRIBED_NOUNS)) {
      k--;
      adjectives++;
    }
    const head = tokens[k];
    if (!head || tokens.slice(k + 1, i + 1).some((x) => x.lineStart)) continue;
    // "القاعدة بصفاقس": a base, a camp, a port is named by its town after ب alone; a building or a
    // zone only with the adjective of its kind.
    const reading = (prefix === "ب" ? nounReading(head, SITE_NOUNS) : null) ?? (adjectives >= 1 ? (nounReading(head, SITE_NOUNS) ?? nounReading(head, DESCRIBED_NOUNS)) : null);
    if (!reading) continue;
    const from = head.start + rawOffsetAfterLetters(head.text, reading.cut);
    return text.slice(from, townEnd);
  }
  return null;
}
