import type { PersonRead } from "../persons";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// "كما زار الفريق المخيم", "والتقى الوفد …": a team or a delegation named again by its noun.
const GROUP_NOUNS = new Set(["الفريق", "الوفد", "فريق", "وفد"].map((w) => matchKey(w)));
const HEAD_NOUNS = new Set(["رئيس", "رئيسة"].map((w) => matchKey(w)));
// The group is the subject: it stands right after the verb that opens the sentence ("كما زار الفريق").
const SUBJECT_REACH = 3;

/**
 * The head of the team or delegation a sentence names as its subject by its noun alone ("كما زار
 * الفريق مخيم X" after "رئيس فريق المركز، المهندس Y"): the one person named before whose role is
 * the head of such a group. Not "زار الفريق X" (the rank before a name), nor a group whose head the
 * article does not name, or names two of.
 */
export function headOfGroupSubject(tokens: readonly Token[], persons: PersonRead[], u: Unit, inName: (k: number) => boolean): number | null {
  for (let k = u.first + 1; k < Math.min(u.last, u.first + SUBJECT_REACH + 1); k++) {
    const noun = matchKey(tokens[k]!.text);
    if (!GROUP_NOUNS.has(noun) || inName(k + 1) || inName(k + 2)) continue;
    const bare = noun.replace(/^ال/u, "");
    const heads = persons.map((p, idx) => ({ p, idx })).filter(({ p }) => p.tokenSpans.some((s) => s.last < u.first) && !!p.role && headsGroup(p.role, bare));
    return heads.length === 1 ? heads[0]!.idx : null;
  }
  return null;
}

/** Whether a role is the head of a group of that noun ("رئيس فريق المركز", "رئيسة الوفد"). */
function headsGroup(role: string, noun: string): boolean {
  const words = role.split(/\s+/u).map((w) => matchKey(w));
  return HEAD_NOUNS.has(words[0] ?? "") && (words[1] ?? "").replace(/^ال/u, "") === noun;
}
