import type { Ctx } from "./anchor-spans";
import { isOrgHeadAt, isRoleHeadAt } from "./head-lookups";
import { rankAt } from "./ranks";
import { isCalendarWord, isStopToken } from "./vocabulary";

/**
 * "Colonel Rafael Medina", "accompanied by Aden Duale", "Culture Minister Adelaide Fortes": a
 * town's one word is also a given or a family name. Inside a Latin name read from an anchor it is
 * a word of the name when it is a town or a region of that one word (never a state nor a
 * nationality) and stands beside another capitalized word that is no place, title or body: after
 * it as a family name, or before it as a given name. "Mandera County", "Aden Port" stay places.
 */
export function isPlaceWordOfName(ctx: Ctx, k: number, opensName: boolean): boolean {
  if (!townWord(ctx, k)) return false;
  // "Santiago Ondo Esono": two such words may open a name of three, closed by a plain word.
  if (!opensName) return (plainNameWord(ctx, k - 1) && closesName(ctx, k)) || (townWord(ctx, k - 1) && familyNameAfter(ctx, k));
  return familyNameAfter(ctx, k) || (townWord(ctx, k + 1) && spacedAfter(ctx, k) && familyNameAfter(ctx, k + 1));
}

/** A town's or a region's one capitalized Latin word at k (never a state nor a nationality). */
function townWord(ctx: Ctx, k: number): boolean {
  const pl = ctx.placeAt[k];
  const t = ctx.doc.tokens[k];
  return !!pl && !!t && !t.arabic && t.capital && !pl.viaDemonym && pl.kind !== "country" && pl.firstToken === k && pl.lastToken === k;
}

/** The word after k, on its line and apart, is a plain capitalized word that closes the name. */
function familyNameAfter(ctx: Ctx, k: number): boolean {
  return spacedAfter(ctx, k) && plainNameWord(ctx, k + 1) && !isOrgHeadAt(ctx, k + 1) && closesName(ctx, k + 1);
}

function spacedAfter(ctx: Ctx, k: number): boolean {
  const next = ctx.doc.tokens[k + 1];
  return !!next && next.spaceBefore && !next.lineStart;
}

/** The name ends at k: no capitalized word goes on after it ("Erongo Green Ammonia" is a firm's name). */
function closesName(ctx: Ctx, k: number): boolean {
  const next = ctx.doc.tokens[k + 1];
  if (!next || next.lineStart) return true;
  return !(next.kind === "word" && next.capital && !next.arabic);
}

/** A capitalized Latin word at k that is no place, stop word, date word, title or rank. */
function plainNameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.kind === "word" && !t.arabic && t.capital && !ctx.placeAt[k] && !isStopToken(t) && !isCalendarWord(t) && !isRoleHeadAt(ctx, k) && !rankAt(ctx, k);
}
