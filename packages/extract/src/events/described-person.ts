import { countryOf } from "../places/gazetteer";
import type { PersonRead } from "../persons";
import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const HEADS = new Set(rules.describedPerson.ar.map((w) => matchKey(w)));
// "نائبة الوزير", "مساعد القائد": a deputy named by the office of whom she is the deputy.
const DEPUTY = new Set(["نائب", "نائبة", "مساعد", "مساعدة"].map((w) => matchKey(w)));
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
  // The first token of a name inside the sentence (Infinity: none), by a plain walk: this runs for
  // every sentence that tells a happening, and the lists a flatMap builds cost more than the test.
  let firstNamed = Infinity;
  for (const p of persons) for (const s of p.tokenSpans) if (s.first >= u.first && s.last < u.last && s.first < firstNamed) firstNamed = s.first;
  const from = afterFrontedTime(tokens, u);
  for (let k = from; k < Math.min(u.last, from + SUBJECT_REACH, firstNamed); k++) {
    const head = tokens[k]!;
    if (!head.arabic || inRole(k)) continue;
    const deputy = deputyOf(tokens, k);
    if (!deputy && !HEADS.has(matchKey(head.text.replace(/^[وف](?=ال)/u, "")))) continue;
    const next = tokens[k + 1];
    const state = !deputy && next?.arabic && next.key.startsWith("ال") ? stateOfNisba(next.text) : null;
    const office = deputy ?? [head.key.replace(/^[وف]?ال/u, "")];
    const fits = (p: PersonRead) => namedBefore(p, u) && (state ? p.country === state : !!p.role && roleOpensWith(p.role, office));
    const candidates = persons.map((p, idx) => ({ p, idx })).filter((c) => fits(c.p));
    if (!candidates.length) return null;
    return candidates.sort((a, b) => firstMention(a.p) - firstMention(b.p))[0]!.idx;
  }
  return null;
}

// "وفي أول أمس الاثنين، التقى نائب الوزير …": a day told first, closed by a comma, stands before the verb and its subject
// (not an occasion told first, "وخلال زيارته،", "وعقب الافتتاح،": the subject after it is the visitors').
const TIME_OPENER = /^و?(في|يوم|مساء|صباح)$/u;
const FRONTED_REACH = 6;

/** The first token after a fronted time phrase the sentence opens with, or the sentence's first token. */
function afterFrontedTime(tokens: readonly Token[], u: Unit): number {
  if (!TIME_OPENER.test(tokens[u.first]?.key ?? "")) return u.first;
  for (let k = u.first + 1; k < Math.min(u.last, u.first + FRONTED_REACH); k++) if (tokens[k]!.text === "،" || tokens[k]!.text === ",") return k + 1;
  return u.first;
}

/**
 * "وكانت نائبة الوزير قد زارت": the two words of a deputy's office ("نائبة" + "وزير"), when a
 * deputy's noun stands before a describing noun of office; null otherwise.
 */
function deputyOf(tokens: readonly Token[], k: number): string[] | null {
  const key = tokens[k]!.key;
  // "ونائبة": the conjunction cut, unless the word is listed as printed.
  const deputy = DEPUTY.has(key) ? key : key.replace(/^[وف]/u, "");
  const next = tokens[k + 1];
  if (!DEPUTY.has(deputy) || !next?.arabic || !HEADS.has(matchKey(next.text))) return null;
  return [deputy, matchKey(next.text).replace(/^ال/u, "")];
}

/** Whether a role opens with the words of an office ("نائبة وزير الدفاع …" with "نائبة", "وزير"). */
function roleOpensWith(role: string, office: string[]): boolean {
  const words = role.split(/\s+/u);
  return office.every((w, i) => matchKey(words[i] ?? "") === matchKey(w));
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
