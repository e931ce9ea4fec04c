import type { Token } from "../text/tokens";

/**
 * "وممثلة المنظمة الدولية للهجرة في X، السيدة Y، التي أعلنت أن المنظمة ستتكفل …": a body named
 * only inside someone's office and printed again further on by its head noun alone, with the
 * article, as the subject of a reported clause (after أن, إن, بأن) acts in the story, so it is an
 * organization of its own, not a part of the title. The caller asks it of international bodies
 * only: a national unit's head said again so ("قائد الجيش الثالث …، محذرا من أن الجيش سيرد") is
 * mostly the whole service, not the unit.
 */
export function actsAfterRole(tokens: readonly Token[], first: number, within: number): boolean {
  const head = tokens[first];
  if (!head?.arabic || head.kind !== "word") return false;
  const key = head.key.startsWith("ال") ? head.key : `ال${head.key}`;
  for (let k = first + 1; k < tokens.length && k <= first + within; k++) {
    if (tokens[k]!.key !== key) continue;
    if (REPORTED_THAT.has(tokens[k - 1]?.key ?? "")) return true;
  }
  return false;
}

// The particles that open a reported clause, whose subject follows them.
const REPORTED_THAT = new Set(["ان", "بان", "لان"]);
