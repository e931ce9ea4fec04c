import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";

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
