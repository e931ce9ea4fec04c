import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

/** The families of 'other' happenings that never stand for one another: attacks, exercises, seizures, votes, rulings, deployments. */
export type OtherKind =
  | "hostile"
  | "exercise"
  | "seizure"
  | "vote"
  | "ruling"
  | "deployment"
  | "summons"
  | "release"
  | "funeral"
  | "evacuation"
  | "shelling"
  | "incursion"
  | "capture"
  | "flight"
  | "appointment"
  | "wreck"
  | "disaster"
  | "slide"
  | "relief"
  | "rescue"
  | "abduction"
  | "surrender"
  | "title"
  | "opening"
  | "parade"
  | "landing"
  | "docking"
  | "surveillance";

const FAMILIES: OtherKind[] = ["hostile", "exercise", "seizure", "vote", "ruling", "deployment", "summons", "release", "funeral", "evacuation", "shelling", "incursion", "capture", "flight", "appointment", "wreck", "disaster", "slide", "relief", "rescue", "abduction", "surrender", "title", "opening", "parade", "landing", "docking", "surveillance"];
const families = new PhraseTrie<OtherKind>(FAMILIES.flatMap((k) => [...rules.otherKinds[k].ar, ...rules.otherKinds[k].en].map((w) => [w, k] as const)));

/** The families the 'other' cues of a sentence tell (see rules/events.json otherKinds). */
export function otherKindsOf(tokens: readonly Token[], text: string, cues: CueHit[]): OtherKind[] {
  const out = new Set<OtherKind>();
  for (const c of cues) {
    if (c.kind !== "other") continue;
    const m = families.matchAt(tokens, c.first, text);
    if (m && m.last === c.last) out.add(m.value);
  }
  return [...out];
}

/**
 * Two reports of 'other' happenings of different families only ("detained …", then "voted …"). A
 * vote is a body's act told in words of its own: it joins no happening of another kind, whatever
 * family that one has ("commissioned a corvette", then "the committee approved funding").
 */
export function otherFamiliesApart(a: OtherKind[] | undefined, b: OtherKind[] | undefined): boolean {
  if (onlyOfFamily(a, "vote") !== onlyOfFamily(b, "vote") && !(a?.includes("vote") && b?.includes("vote"))) return true;
  return !!a?.length && !!b?.length && !a.some((k) => b.includes(k));
}

// Happenings whose doer is no one who met or spoke in the sentence before: an attack, a blast, a
// wreck or a cut cable, an aircraft that landed or a ship that docked, ships watched by a body, an avalanche (nature has
// no doer, whoever visited the place the sentence before). Floods stay out: they are named mostly
// as what a relief effort answers ("الأسر المتضررة من الفيضانات"), whose doer is told before.
const NO_DOER_CARRIED = new Set<OtherKind>(["hostile", "wreck", "landing", "docking", "surveillance", "slide"]);

/** Whether the 'other' cues of a sentence are all of families that take no doer from the sentence before. */
export function takesNoDoerBefore(kinds: OtherKind[] | undefined): boolean {
  return !!kinds?.length && kinds.every((k) => NO_DOER_CARRIED.has(k));
}

/** Two reports of a court's ruling: an article tells one trial, whoever each sentence names ("كما قضت المحكمة بسجن …"). */
export function bothRulings(a: OtherKind[] | undefined, b: OtherKind[] | undefined): boolean {
  return !!a?.includes("ruling") && !!b?.includes("ruling");
}

/** Whether an 'other' happening's cues tell one family only ("detained", "arrested": a seizure). */
export function onlyOfFamily(kinds: OtherKind[] | undefined, family: OtherKind): boolean {
  return !!kinds?.length && kinds.every((k) => k === family);
}
