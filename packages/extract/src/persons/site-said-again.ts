import { readings, wordKey } from "../text/tokens";
import orgRules from "../rules/organizations.json";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { isStopToken } from "./vocabulary";

/**
 * "قام الوفد بزيارة لميناء بني انصار، حيث قدم له مدير الميناء، X": an office closing on a site's
 * noun with the article (الميناء، المطار، المعبر) is held at the site of that noun the article
 * named before: the office is rebuilt with the site's name, and the site's state is the officer's.
 */

const SITE_HEADS = new Set(orgRules.placeOnlySiteHeads.ar.map(wordKey));
/** How far back the site may be named: the same paragraph or the one before. */
const SITE_WITHIN = 80;
/** A site's own name after its noun, when no gazetteer knows it. */
const MAX_NAME_WORDS = 3;

export interface SiteOffice {
  role: string;
  state: string | null;
}

export function officeAtSiteSaidAgain(ctx: Ctx, role: RoleSpan): SiteOffice | null {
  const { tokens, text } = ctx.doc;
  const noun = tokens[role.last]!;
  if (!noun.arabic || role.last === role.first || !noun.key.startsWith("ال") || !SITE_HEADS.has(noun.key.slice(2))) return null;
  const bare = noun.key.slice(2);
  for (let k = role.first - 1; k >= 0 && role.first - k <= SITE_WITHIN; k--) {
    const head = tokens[k]!.arabic ? readings(tokens[k]!.key).find((r) => r.key === bare) : undefined;
    if (!head) continue;
    const last = siteNameEnd(ctx, k + 1);
    if (last < 0) continue;
    const printed = tokens[k]!.text.slice(head.cut);
    const name = text.slice(tokens[k + 1]!.start, tokens[last]!.end);
    return { role: `${text.slice(role.start, noun.start)}${printed} ${name}`, state: ctx.placeAt[k + 1]?.iso2 ?? null };
  }
  return null;
}

/** Last token of the site's name at j: a place the gazetteer knows, or one to three bare words closed by punctuation; -1 if none. */
function siteNameEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  const place = ctx.placeAt[j];
  if (place && place.firstToken === j) return place.lastToken;
  let k = j;
  while (k < j + MAX_NAME_WORDS && tokens[k]?.kind === "word" && tokens[k]!.arabic && !tokens[k]!.lineStart && !tokens[k]!.key.startsWith("ال") && !isStopToken(tokens[k]!)) k++;
  return k > j && tokens[k]?.kind === "punct" ? k - 1 : -1;
}
