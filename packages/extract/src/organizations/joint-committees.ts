import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

/**
 * "على أن تعقد اللجنة العسكرية المشتركة دورتها المقبلة", "خلال اجتماع اللجنة الفنية المختلطة": a
 * committee named by generic words only is still a standing body when it is joint (a committee of
 * two states: `jointCommittees.joinedBy`) and holds its session, with a verb of holding or a
 * session noun in construct right before it. Told of in passing ("نطاق عمل لجنة … المشتركة") it
 * names none. "لجنة التعاون العسكري": a definite noun of the field that the name stops hold
 * (`fieldNouns`) reads on after the committee's indefinite head, and counts as a generic word.
 */

const joint = rules.jointCommittees;
const committeeKeys = new Set(rules.committeeHeads.map((w) => matchKey(w)));
const joinedByKeys = new Set(joint.joinedBy.map((w) => matchKey(w)));
const holdingKeys = new Set([...joint.holdingVerbs, ...joint.sessionNouns].map((w) => matchKey(w)));
export const committeeFieldKeys = new Set(joint.fieldNouns.map((w) => matchKey(w)));

/** True when the committee head at `first` … `last` is joint and holds its session. */
export function jointCommitteeHolds(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[first];
  const before = tokens[first - 1];
  if (!head?.arabic || !tokenReadsAs(head, committeeKeys) || !before || before.kind !== "word" || head.lineStart) return false;
  let joined = false;
  for (let k = first + 1; k <= last; k++) if (joinedByKeys.has(tokens[k]!.key)) joined = true;
  return joined && tokenReadsAs(before, holdingKeys);
}

const regionHeadKeys = new Set(rules.placeHeads.region.ar.map((w) => matchKey(w)));
const PARTY_OPENERS = new Set(["بين"]);

/**
 * "اللجنة الأمنية المشتركة لولاية X وإقليم Y الإثيوبي": a joint committee is named after both
 * sides it joins, so the name that ends on the first side's place goes on across و to the
 * second's (a place, or an area's noun and a place, with the nationality after it). Given the
 * name from `first` to `last`, the last token of the second side, or -1.
 */
export function jointSecondPartyEnd(ctx: Ctx, first: number, last: number): number {
  const tokens = ctx.doc.tokens;
  const placeAt = ctx.placeAt;
  const joint = jointWordAt(tokens, first, last);
  if (joint < 0) return -1;
  // The first side follows the joint word in ل or after بين.
  const sided = tokens.slice(joint + 1, last + 1).some((t) => (/^ل(?!ل)/.test(t.key) && !t.key.startsWith("ال")) || PARTY_OPENERS.has(t.key));
  const firstSide = placeAt[last];
  if (!sided || !firstSide || firstSide.viaDemonym || firstSide.lastToken !== last) return -1;
  const and = tokens[last + 1];
  if (!and?.arabic || !and.key.startsWith("و")) return -1;
  let k = last + 1;
  if (!placeAt[k] && regionHeadKeys.has(and.key.slice(1))) k++;
  const side = placeAt[k];
  if (!side || side.viaDemonym || side.firstToken !== k) return -1;
  const nationality = placeAt[side.lastToken + 1];
  return nationality?.viaDemonym && nationality.firstToken === side.lastToken + 1 ? nationality.lastToken : side.lastToken;
}

/** Where the name from `first` to `last` says it is joint (المشتركة, المختلطة), or -1. */
function jointWordAt(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) if (joinedByKeys.has(tokens[k]!.key)) return k;
  return -1;
}

/** The name from `first` to `last` says the body is joint (اللجنة المشتركة …). */
export const namesJoint = (tokens: readonly Token[], first: number, last: number): boolean => jointWordAt(tokens, first, last) >= 0;
