import { countryOf } from "../places/gazetteer";
import type { PersonRead } from "../persons";
import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const HEADS = new Set(rules.describedPerson.ar.map((w) => matchKey(w)));
// "وكانت الوزيرة قد وصلت": the subject stands within the sentence's first words.
const SUBJECT_REACH = 4;

/**
 * The person a sentence names by a description as its subject, before naming anyone
 * ("وكان الضيف الباكستاني قد وصل إلى الرياض، يلتقي خلالها …"): with a nationality, the first person
 * of that state the article named before; with a noun of office alone ("الوزيرة"), the first
 * person named before whose role starts with that noun. Null when the sentence names no one so,
 * or no earlier person fits.
 */
export function describedPerson(tokens: readonly Token[], persons: PersonRead[], u: Unit, inRole: (k: number) => boolean): number | null {
  const firstNamed = Math.min(...persons.flatMap((p) => p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last).map((s) => s.first)));
  for (let k = u.first; k < Math.min(u.last, u.first + SUBJECT_REACH, firstNamed); k++) {
    const head = tokens[k]!;
    if (!head.arabic || !HEADS.has(matchKey(head.text.replace(/^[وف](?=ال)/u, ""))) || inRole(k)) continue;
    const next = tokens[k + 1];
    const state = next?.arabic && next.key.startsWith("ال") ? stateOfNisba(next.text) : null;
    const office = head.key.replace(/^[وف]?ال/u, "");
    const fits = (p: PersonRead) => namedBefore(p, u) && (state ? p.country === state : !!p.role && matchKey(p.role.split(/\s+/u)[0] ?? "") === matchKey(office));
    const candidates = persons.map((p, idx) => ({ p, idx })).filter((c) => fits(c.p));
    if (!candidates.length) return null;
    return candidates.sort((a, b) => firstMention(a.p) - firstMention(b.p))[0]!.idx;
  }
  return null;
}

/**
 * The state of a nisba after the describing noun. A nisba the gazetteer leaves unread because it is
 * also a common word ("المالي", financial) is read as the state whose name it is without the article
 * and the nisba's ي ("مالي"): the person it points at must be of that state, named before.
 */
function stateOfNisba(word: string): string | null {
  const read = countryOf(word);
  if (read) return read;
  const bare = word.replace(/^[وف]?ال/u, "");
  return bare.length > 2 && bare.endsWith("ي") ? countryOf(bare) : null;
}

// Module functions, not closures made at every call (tsx's keepNames gives each a defineProperty).
function namedBefore(p: PersonRead, u: Unit): boolean {
  return p.tokenSpans.some((s) => s.last < u.first);
}

function firstMention(p: PersonRead): number {
  return Math.min(...p.tokenSpans.map((s) => s.first));
}
