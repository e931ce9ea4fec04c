import type { Token } from "../text/tokens";

// Verbs that put someone into an office. "named" alone is also "named after" or "a man named X";
// only the office after "as", or after the passive, makes it an appointment.
const APPOINTING = new Set(["appointed", "named", "nominated", "designated", "elected", "promoted", "confirmed", "installed", "tapped", "chosen", "picked", "sworn", "reappointed", "renamed"]);
const AUXILIARY = new Set(["was", "is", "has", "had", "have", "been", "be", "being"]);
// Words that may stand between "as" and the office's head: "as the new head", "as its spokesman".
const OFFICE_LEAD = new Set(["the", "a", "an", "new", "its", "his", "her", "their", "acting", "interim"]);

/**
 * "appointed Lt. Gen. X as commander of …", "X was named chief of …", "X, who was appointed
 * head of …": the office a person is put into is his, though a verb stands between the name and it.
 * `opener` is the mention's first token (its rank, or its name), `nameLast` the name's last token
 * and `roleFirst` the first token of the office read after it.
 */
export function appointedTo(tokens: readonly Token[], opener: number, nameLast: number, roleFirst: number): boolean {
  if (roleFirst <= nameLast + 1 || roleFirst - nameLast > 10) return false;
  const between = tokens.slice(nameLast + 1, roleFirst);
  if (between.some((t) => t.arabic || t.lineStart)) return false;
  let k = 0;
  // Fillers between "as" (or the verb) and the office.
  let end = between.length;
  while (end > 0 && OFFICE_LEAD.has(between[end - 1]!.key)) end--;
  const head = between.slice(0, end);
  // Active: "appointed X as ROLE"; the verb stands right before the mention.
  if (head.length === 1 && head[0]!.key === "as") return APPOINTING.has(tokens[opener - 1]?.key ?? "");
  // Passive: "[, who] was (appointed | sworn in) [as] ROLE".
  if (head[k]?.text === ",") k++;
  if (k > 0 && head[k]?.key !== "who") return false;
  if (head[k]?.key === "who") k++;
  if (!AUXILIARY.has(head[k]?.key ?? "")) return false;
  while (AUXILIARY.has(head[k]?.key ?? "")) k++;
  if (!APPOINTING.has(head[k]?.key ?? "")) return false;
  k++;
  if (head[k]?.key === "in") k++;
  if (head[k]?.key === "as") k++;
  return k === head.length;
}

/**
 * The first word of the office at head `i` when it is the office of an appointment told before it
 * ("appointed X as deputy commander", "was named chief of staff"), else -1. English prints such an
 * office in lower case with no comma, which alone would not be read as a role.
 */
export function appointedOfficeLead(tokens: readonly Token[], i: number): number {
  // "as vice chief": at most two lower-case words of the office before its head.
  let lead = i;
  while (lead > i - 2 && isOfficeWord(tokens[lead - 1]) && !tokens[lead]!.lineStart) lead--;
  let k = lead - 1;
  while (k >= 0 && OFFICE_LEAD.has(tokens[k]!.key) && !tokens[k + 1]!.lineStart) k--;
  if (k < 0 || tokens[k]!.arabic || tokens[k + 1]!.lineStart) return -1;
  if (tokens[k]!.key === "as") {
    // "appointed Lt. Gen. X Y as": the verb a rank and a name before "as".
    for (let v = k - 1; v >= 0 && v >= k - 9; v--) {
      const t = tokens[v]!;
      if (APPOINTING.has(t.key) && !t.arabic) return lead;
      if (t.text === "," || t.text === ";" || t.lineStart) return -1;
    }
    return -1;
  }
  if (tokens[k]!.key === "in" && tokens[k - 1]?.key === "sworn") k--;
  return APPOINTING.has(tokens[k]!.key) && AUXILIARY.has(tokens[k - 1]?.key ?? "") ? lead : -1;
}

function isOfficeWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && !t.capital && !t.arabic && !OFFICE_LEAD.has(t.key) && !AUXILIARY.has(t.key) && !APPOINTING.has(t.key) && !["as", "in", "of", "and", "to", "for", "who"].includes(t.key);
}

/**
 * "picked Samuel Osei as national security adviser": a name between an appointing verb and "as"
 * is a person's, though no title anchors it, when an office follows ("named the ship Golden Star
 * as a gift" names no one). `officeAt` tells whether an office's head opens at a token.
 */
export function appointedByName(tokens: readonly Token[], first: number, last: number, officeAt: (k: number) => boolean): boolean {
  const verb = tokens[first - 1];
  if (!verb || verb.arabic || !APPOINTING.has(verb.key) || tokens[last + 1]?.key !== "as" || tokens[last + 1]!.lineStart) return false;
  let k = last + 2;
  while (tokens[k] && OFFICE_LEAD.has(tokens[k]!.key)) k++;
  // "as national security adviser": the head after at most two words of its field.
  for (let head = k; head <= k + 2 && tokens[head]; head++) {
    if (officeAt(head)) return true;
    if (!isOfficeWord(tokens[head])) return false;
  }
  return false;
}
