import { tokenReadings, wordKey } from "../text/tokens";
import orgRules from "../rules/organizations.json";
import personRules from "../rules/persons.json";
import { organizationsOf } from "../organizations";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { placesIn } from "./coref";
import { isRoleHeadAt } from "./head-lookups";
import { isStopToken } from "./vocabulary";

/**
 * "قام الوفد بزيارة لميناء بني انصار، حيث قدم له مدير الميناء، X": an office closing on a site's
 * or a body's noun with the article (الميناء، المعبر، البوابة، المستشفى، اللجنة، للمنظمة) is held
 * at the site or body of that noun the article named before: the office is rebuilt with its name,
 * and the state of that site or body is the officer's.
 */

const SITE_HEADS = new Set([...orgRules.placeOnlySiteHeads.ar, ...orgRules.siteHeads.ar, ...personRules.officeSiteHeads.ar].map(wordKey));
/** How far back a site may be named: the same paragraph or the one before; a body the organizations read, anywhere before. */
const SITE_WITHIN = 80;
/** A site's own name after its noun, when no gazetteer nor body list knows it. */
const MAX_NAME_WORDS = 4;

export interface SiteOffice {
  role: string;
  state: string | null;
}

export function officeAtSiteSaidAgain(ctx: Ctx, role: RoleSpan): SiteOffice | null {
  const { tokens, text } = ctx.doc;
  const noun = tokens[role.last]!;
  // "المتحدث باسم الجماعة": a spokesman's body said again is read as printed.
  if (!noun.arabic || role.last === role.first || tokens[role.last - 1]?.key === "باسم") return null;
  // "للمنظمة": the office's ل is printed again before the name ("لمنظمة …").
  const lam = noun.key.startsWith("لل");
  if (!lam && !noun.key.startsWith("ال")) return null;
  const bare = noun.key.slice(2);
  if (!SITE_HEADS.has(bare)) return null;
  const officeAt = (k: number, near: boolean): SiteOffice | null => {
    const head = tokens[k]!.arabic ? tokenReadings(tokens[k]!).find((r) => r.key === bare) : undefined;
    // The noun with the article again ("في المنفذ") names nothing.
    if (!head || /ال$/u.test(tokens[k]!.text.slice(0, head.cut))) return null;
    const last = near ? siteNameEnd(ctx, k + 1) : bodyNameEnd(ctx, k + 1);
    if (last < 0 || last >= role.first) return null;
    const printed = tokens[k]!.text.slice(head.cut);
    const name = text.slice(tokens[k + 1]!.start, tokens[last]!.end);
    const state = placesIn(ctx, k + 1, last).find((p) => p.iso2)?.iso2 ?? null;
    return { role: `${text.slice(role.start, noun.start)}${lam ? "ل" : ""}${printed} ${name}`, state };
  };
  const nearFrom = Math.max(0, role.first - SITE_WITHIN);
  for (let k = role.first - 1; k >= nearFrom; k--) {
    const office = officeAt(k, true);
    if (office) return office;
  }
  // Farther back, only where a body the organizations read opens, nearest first.
  const bodyStarts = [...new Set(organizationsOf(ctx).mentions.map((o) => o.first))].filter((k) => k < nearFrom).sort((a, b) => b - a);
  for (const k of bodyStarts) {
    const office = officeAt(k, false);
    if (office) return office;
  }
  return null;
}

/**
 * Last token of the site's name at j: a body the organizations read, a place the gazetteer knows,
 * or up to four words of its own; -1 if none. The own name ends at punctuation, a stop word, an
 * office or a nationality, and leaves out a trailing adjective of kind ("منفذ X الحدودي").
 */
function siteNameEnd(ctx: Ctx, j: number): number {
  const body = bodyNameEnd(ctx, j);
  if (body >= 0) return body;
  const place = ctx.placeAt[j];
  if (place && place.firstToken === j) return place.lastToken;
  let k = j;
  while (k < j + MAX_NAME_WORDS && ownNameWord(ctx, k, j)) k++;
  while (k > j && kindAdjective(ctx, k - 1)) k--;
  return k > j ? k - 1 : -1;
}

function bodyNameEnd(ctx: Ctx, j: number): number {
  return organizationsOf(ctx).mentions.find((o) => o.first === j - 1 && o.last >= j)?.last ?? -1;
}

function ownNameWord(ctx: Ctx, k: number, j: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || (t.lineStart && k > j) || isStopToken(t) || isRoleHeadAt(ctx, k)) return false;
  const place = ctx.placeAt[k];
  return !place?.viaDemonym;
}

/** "الحدودي", "البحرية": a definite nisba no gazetteer knows tells the site's kind, not its name. */
function kindAdjective(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  return t.key.startsWith("ال") && /(ي|يه)$/u.test(t.key) && !ctx.placeAt[k];
}
