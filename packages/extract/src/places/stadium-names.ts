import orgRules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isEponymTitle } from "../persons/eponyms";
import { tokenReadsAs, wordKey } from "../text/tokens";

const stadiumKeys = new Set(orgRules.stadiums.heads.map(wordKey));
const commonKeys = new Set(orgRules.stadiums.commonNouns.map(wordKey));

/**
 * "على ملعب الفريق", "ملعب كرة القدم": sports news says "stadium" of the home ground or the game
 * far more often than it names one, so a stadium's noun makes a site only before a proper name
 * ("ملعب حمادي العقربي"), a place ("ستاد القاهرة الدولي") or an eponym's title ("استاد الملك فهد").
 * `head` is the token of the noun.
 */
export function isUnnamedStadium(ctx: Ctx, head: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!tokenReadsAs(tokens[head]!, stadiumKeys)) return false;
  const next = tokens[head + 1];
  if (!next || next.lineStart || next.kind !== "word") return true;
  if (tokenReadsAs(next, commonKeys)) return true;
  return next.key.startsWith("ال") && !ctx.placeAt[head + 1] && !isEponymTitle(next.key);
}
