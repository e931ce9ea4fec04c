import type { Ctx, RoleSpan } from "./anchor-spans";
import type { PersonRead } from "./index";
import { matchKey } from "../text/normalize";
import { COMMAS } from "../text/punctuation";

/**
 * "وقال الزين، مدير عام المصنع، إن …", "Okoro, the plant's managing director, said": a later
 * sentence gives the office in apposition after the family name alone. The office is that of the
 * one person of the article whose name ends in that word, when no office was read for him yet.
 */


/** Gives each lone office set off after a bare family name to the one person it names; returns the offices used. */
export function officesAfterFamilyNames(ctx: Ctx, loneRoles: RoleSpan[], persons: PersonRead[]): Set<RoleSpan> {
  const { tokens } = ctx.doc;
  const used = new Set<RoleSpan>();
  for (const r of loneRoles) {
    if (r.conjoined || r.prepositional || r.counterpart || r.plural || r.last === r.first) continue;
    let k = r.first - 1;
    if (["the", "a", "an"].includes(tokens[k]?.key ?? "")) k--;
    if (!COMMAS.has(tokens[k]?.text ?? "")) continue;
    const family = tokens[k - 1];
    if (!family || family.kind !== "word" || COMMAS.has(tokens[k - 2]?.text ?? "")) continue;
    // The family name stands alone: the word before it is no part of a name read already.
    if (persons.some((p) => p.tokenSpans.some((s) => s.last === k - 1 && s.first < k - 1))) continue;
    const key = matchKey(family.text).replace(/^[وف](?=ال)/u, "");
    const owners = persons.filter((p) => p.name.split(" ").length >= 2 && matchKey(p.name).split(" ").at(-1) === key);
    if (owners.length !== 1) continue;
    const p = owners[0]!;
    if (p.role) continue;
    p.role = r.surface.replace(/[\s،,:/]+$/u, "");
    p.roleSpans.push({ first: r.first, last: r.last });
    if (!p.tokenSpans.some((s) => s.first <= k - 1 && s.last >= k - 1)) p.tokenSpans.push({ first: k - 1, last: k - 1 });
    used.add(r);
  }
  return used;
}
