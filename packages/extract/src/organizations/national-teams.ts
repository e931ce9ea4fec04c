import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { readings } from "../text/tokens";
import { matchKey } from "../text/normalize";

const teamKeys = new Set(rules.nationalTeamHeads.map((h) => matchKey(h)));

/**
 * "مدرب المنتخب البحريني", "لاعب منتخب كينيا": a state's team named by its nationality or its
 * state is the side that plays in a story of sport, so it stays an organization of the story
 * inside the office of the coach or player who serves it, where other bodies are part of a title.
 */
export function isNationalTeam(ctx: Ctx, first: number, last: number): boolean {
  const t = ctx.doc.tokens[first]!;
  if (!t.arabic || !readings(t.key).some((r) => teamKeys.has(r.key))) return false;
  const state = ctx.placeAt[first + 1];
  return !!state?.iso2 && state.kind === "country" && state.firstToken === first + 1 && state.lastToken <= last;
}
