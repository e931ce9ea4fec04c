import rules from "../rules/events.json";

// "باتجاه جزيرة X", "bound for X": from here on the clause tells where those aboard were heading.
const heading = new RegExp(`(?:^|[\\s،,(])و?(?:${rules.headingFor.ar.concat(rules.headingFor.en).join("|")})(?=[\\s])`, "i");

/**
 * Where the clause of an earlier happening opened at `from` stops naming its parties: before the
 * words that say where those in it were bound ("غرق قارب قبالة X، كان يقل مهاجرين انطلقوا باتجاه Y"):
 * Y's state took no part. Else at `end`.
 */
export function clauseEnd(text: string, from: number, end: number): number {
  const at = text.slice(from, end).search(heading);
  return at < 0 ? end : from + at;
}
