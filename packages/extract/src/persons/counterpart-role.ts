import type { Ctx } from "./anchor-spans";
import { placesIn } from "./coref";
import { isRoleHeadAt } from "./head-lookups";

/**
 * "his counterpart" (نظيره الأوزبكي, his Uzbek counterpart) names an office by the office of the
 * other side: the counterpart of a defence minister is his state's defence minister. The office is
 * the other person's role without its places, with the counterpart's nationality in their place.
 * Both the rules' persons and the tagger's read it here.
 */

interface TokenRange {
  first: number;
  last: number;
}

/** The counterpart's office, given the "his counterpart" phrase and the other side's role. */
export function counterpartRole(ctx: Ctx, counterpart: TokenRange, otherRole: TokenRange): string {
  const base = genderedOffice(stripPlaces(ctx, lastRoleOf(ctx, otherRole)), ctx.doc.tokens[counterpart.first]!.key);
  const dem = placesIn(ctx, counterpart.first, counterpart.last)[0]?.surface ?? "";
  if (!dem) return base;
  return ctx.doc.tokens[counterpart.first]!.arabic ? `${base} ${dem}` : `${dem} ${base}`;
}

/**
 * The last of the roles a chain holds ("نائب رئيس الوزراء وزير الدفاع الأردني" → "وزير الدفاع
 * الأردني"): a counterpart matches the office the meeting is about, which a chain names last. A
 * head right after another head ("نائب وزير") is one office, not two.
 */
function lastRoleOf(ctx: Ctx, role: TokenRange): TokenRange {
  const { tokens } = ctx.doc;
  for (let k = role.last; k > role.first; k--) {
    if (!isRoleHeadAt(ctx, k) || isRoleHeadAt(ctx, k - 1) || tokens[k - 1]!.kind !== "word") continue;
    if (!tokens[k]!.arabic) continue;
    return { first: k, last: role.last };
  }
  return role;
}

function stripPlaces(ctx: Ctx, role: TokenRange): string {
  const words: string[] = [];
  for (let k = role.first; k <= role.last; k++) {
    if (ctx.placeAt[k]) continue;
    const t = ctx.doc.tokens[k]!;
    if (t.kind === "punct") continue;
    // "… في مالي" without مالي: the preposition goes with its place.
    if ((t.key === "في" || t.key === "لدي") && ctx.placeAt[k + 1] && k + 1 <= role.last) continue;
    words.push(t.text);
  }
  return words.join(" ");
}

/**
 * The office's head in the counterpart's gender, which the counterpart word carries (نظيره،
 * نظيرها: a man; نظيرته، نظيرتها: a woman): the counterpart of "وزيرة الدفاع" in "ونظيرها" is
 * "وزير الدفاع", and the other way round.
 */
function genderedOffice(office: string, counterpartKey: string): string {
  if (!/^[وف]?نظير/.test(counterpartKey)) return office;
  const [head = "", ...rest] = office.split(" ");
  const feminine = /^[وف]?نظيرت/.test(counterpartKey);
  const feminineHead = /[ةه]$/.test(head);
  if (feminine === feminineHead || (feminine && /[اى]$/.test(head))) return office;
  return [feminine ? `${head}ة` : head.slice(0, -1), ...rest].join(" ");
}
