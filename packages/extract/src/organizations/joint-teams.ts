import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import type { PhraseMatch } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { tokenReadings } from "../text/tokens";
import { namedByTwoStates } from "./joint-bodies";

const TEAM_PRINTED = "الفريق";
const TEAM = matchKey(TEAM_PRINTED);
const joinedByKeys = new Set(rules.jointCommittees.joinedBy.map((w) => matchKey(w)));

/**
 * "الفريق المختلط المغربي الإسباني المعني بالهجرة": a team that is joint and named by the
 * adjectives of two states is a standing body of both (never the rank الفريق, which no definite
 * adjective follows); the head is the team and its joint word, the states' adjectives go on.
 */
export function jointTeamHeadAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  const joint = tokens[i + 1];
  if (!t.arabic || t.kind !== "word" || !joint || joint.lineStart || !joinedByKeys.has(joint.key)) return undefined;
  const reading = tokenReadings(t).find((r) => r.key === TEAM);
  if (!reading || !ctx.placeAt[i + 2]?.viaDemonym) return undefined;
  const states = ctx.placeAt[i + 2]!.lastToken + 1;
  if (!ctx.placeAt[states]?.viaDemonym || !namedByTwoStates(ctx, i + 2, ctx.placeAt[states].lastToken)) return undefined;
  // "للفريق": the article's alef that لل swallowed is printed back in the name.
  const cut = Math.max(0, t.text.length - TEAM_PRINTED.length);
  return { value: "head", first: i, last: i + 1, start: t.start + cut, end: joint.end, clitic: t.text.slice(0, cut), surface: TEAM_PRINTED + ctx.doc.text.slice(t.end, joint.end) };
}
