import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

/** The families of 'other' happenings that never stand for one another: attacks, exercises, seizures, votes. */
export type OtherKind = "hostile" | "exercise" | "seizure" | "vote";

const families = new PhraseTrie<OtherKind>([
  ...[...rules.otherKinds.hostile.ar, ...rules.otherKinds.hostile.en].map((w) => [w, "hostile"] as const),
  ...[...rules.otherKinds.exercise.ar, ...rules.otherKinds.exercise.en].map((w) => [w, "exercise"] as const),
  ...[...rules.otherKinds.seizure.ar, ...rules.otherKinds.seizure.en].map((w) => [w, "seizure"] as const),
  ...[...rules.otherKinds.vote.ar, ...rules.otherKinds.vote.en].map((w) => [w, "vote"] as const),
]);

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

/** Two reports of 'other' happenings of different families only ("detained …", then "voted …"). */
export function otherFamiliesApart(a: OtherKind[] | undefined, b: OtherKind[] | undefined): boolean {
  return !!a?.length && !!b?.length && !a.some((k) => b.includes(k));
}
