import { eventWordKeys } from "../events/cues";
import { tokenReadsAs, type Token } from "../text/tokens";
import type { Ctx } from "./anchor-spans";
import { isCalendarWord, isGivenName, isStopToken } from "./vocabulary";

/**
 * What a single Arabic word looks like to the name and role readers: a verb, a possessive, a given
 * name printed with the article, a foreign name opening with a hamza on its alef.
 */

export function possessive(t: Token): boolean {
  const raw = t.text.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  if (isGivenName(t)) return false;
  if (/(الله|لله)$/.test(raw)) return false;
  // The article and a pronoun suffix never go together: "الفقيه", "النبيه" end in a root ه.
  if (raw.startsWith("ال")) return false;
  if (raw.length >= 4 && /ه$/.test(raw)) return true;
  return raw.length >= 5 && /(ها|هم|هما|كم)$/.test(raw);
}

/** A word that can go on a name: Arabic, indefinite, no particle, no verb. */
export function nameWordAfter(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && t.arabic && !t.lineStart && !t.key.startsWith("ال") && !isStopToken(t) && !verbLike(t);
}

export function verbLike(t: Token): boolean {
  return t.arabic && /^(يت|تت|يست|تست|يقو|ينت)/.test(t.key) && !isGivenName(t);
}

/**
 * "ألماز سادييف", "ألكسندر …": the article is written ال, never with a hamza, so a word printed
 * أل/إل before another name word opens a name, not a definite noun. Verbs printed so ("ألقى",
 * "ألغى") end in ى or stand before a definite word, and are left out.
 */
export function hamzaAlName(t: Token, next: Token | undefined): boolean {
  if (!/^[أإ]ل/.test(t.text) || /ى$/.test(t.text) || t.key.length < 4) return false;
  return !!next && next.kind === "word" && next.arabic && !next.key.startsWith("ال") && !isStopToken(next) && !verbLike(next);
}

export function isGivenNameKey(k: string): boolean {
  return isGivenName({ key: k } as Token);
}

/**
 * "والي ولاية X الصادق عثمان حامد": a given name printed with the article (الصادق، الطاهر) before
 * another given name opens the name, not more of the role. A nisba (العربي، المهدي) is left to
 * the role: it is an adjective there far more often ("البرلمان العربي محمد …").
 */
export function opensNameWithArticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!t.key.startsWith("ال") || /ي$/.test(t.key) || !isGivenName(t) || !next || next.kind !== "word" || next.lineStart) return false;
  return isGivenName(next) || (next.key.startsWith("ال") && isGivenNameKey(next.key.slice(2)));
}

/**
 * "الصادق الأمين حامد": a role head that is a given name with the article (الأمين، Amin), before
 * an indefinite word that opens no office, is the middle of a name, not a title.
 */
export function isDefiniteGivenName(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!t.key.startsWith("ال") || !isGivenNameKey(t.key.slice(2)) || !next || next.kind !== "word" || !next.arabic || next.lineStart) return false;
  return !next.key.startsWith("ال") && !next.key.startsWith("و") && !isStopToken(next) && !isCalendarWord(next) && !verbLike(next) && !/^ي/.test(next.key);
}

/** A word of an occasion (اتفاقية، زيارة، بروتوكولا) that no name is: no known given name reads so. */
export function isOccasionWord(t: Token): boolean {
  return tokenReadsAs(t, eventWordKeys) && !isGivenName(t);
}
