import { readings, tokenReadsAs } from "../text/tokens";
import { type Ctx, joinKeys, type NameSpan, span } from "./anchor-spans";
import { nameAt } from "./names";
import { cutAtNameEnd } from "../ner/tagged-name-end";
import { CLOSING_QUOTES } from "../text/quotes";
import { hasTanween, isCalendarWord, isStopToken, NAME_OPENERS, nameVerbKeys } from "./vocabulary";

/** A name right after a nationality adjective, with no role ("للصربي ميلان جوفيتش"). */

/**
 * A name right after a nationality adjective, with no role ("سلم الفرنسي جان لوران رسالة …",
 * "للصربي ميلان جوفيتش"): the adjective must not qualify a noun before it ("الجيش الفرنسي") and
 * the name, two words or more, ends where an ordinary word starts. Returns the name and the state.
 */
export function nameAfterNationality(ctx: Ctx, i: number): { name: NameSpan; iso: string; surface: string } | null {
  const { tokens } = ctx.doc;
  const p = ctx.placeAt[i];
  const t = tokens[i];
  if (!p?.viaDemonym || !p.iso2 || p.firstToken !== i || p.lastToken !== i || !t?.arabic) return null;
  if (!readings(t.key).some((r) => r.key.startsWith("ال"))) return null;
  const prev = tokens[i - 1];
  if (prev && prev.kind === "word" && !t.lineStart && (readings(prev.key).some((r) => r.key.startsWith("ال")) || ctx.placeAt[i - 1] || hasTanween(prev))) return null;
  // 'شركة "النورس للملاحة" اللبنانية': after a closing quote the adjective qualifies the quoted name.
  // A straight quote closes when set against the word before it.
  const closes = prev && (prev.text === '"' ? !prev.spaceBefore : CLOSING_QUOTES.has(prev.text) || prev.text === ")");
  if (closes && !t.lineStart) return null;
  // "البحرينية X Y تحرز ذهبية", "X Y صاحبة المركز الثالث": a verb or a noun in construct ends it.
  const read = nameAt(ctx, i + 1, false);
  const name = read ? cutAtNameEnd(ctx, read) : null;
  if (!name || name.keys.length < 2) return null;
  for (let last = name.last; last > name.first; last--) {
    const next = tokens[last + 1];
    const boundary = !next || next.kind !== "word" || next.lineStart || isStopToken(next) || isCalendarWord(next) || tokenReadsAs(next, nameVerbKeys);
    if (!boundary) continue;
    const keys = joinKeys(tokens, name.first, last);
    if (keys.length < 2 || NAME_OPENERS.has(tokens[last]!.key)) return null;
    return { name: { ...span(ctx, name.first, last), keys }, iso: p.iso2, surface: p.surface.replace(/^[وفبل]+(?=ال)/u, "") };
  }
  return null;
}
