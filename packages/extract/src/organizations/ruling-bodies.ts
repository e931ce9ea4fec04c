import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { onlyKindAdjectives } from "./purpose";

const rulingKeys = new Set(rules.rulingWords.map((w) => matchKey(w)));

/**
 * "المجلس العسكري الحاكم في ميانمار": a council named by nothing but its kind is named by ruling
 * too, and by the state it rules after في; "حزب X الحاكم", with a name of its own, is only said to
 * rule (src/rules/organizations.json nameBreakers). Returns the new last token of the name at
 * `headFirst`..`last` when the ruling word stands at last + 1, else -1.
 */
export function rulingBodyEnd(ctx: Ctx, headLast: number, last: number): number {
  const { tokens } = ctx.doc;
  const ruling = tokens[last + 1];
  if (!ruling || ruling.lineStart || !rulingKeys.has(ruling.key) || last <= headLast) return -1;
  // A relative adjective (العسكري، الانتقالي) says what kind of council a head is, not which.
  if (!onlyKindAdjectives(ctx, headLast + 1, last)) return -1;
  const state = ctx.placeAt[last + 3];
  if (tokens[last + 2]?.key === "في" && state?.kind === "country" && !state.viaDemonym && state.firstToken === last + 3) return state.lastToken;
  return last + 1;
}
