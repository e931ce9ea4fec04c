import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import { wordKey, type Token } from "../text/tokens";
import { guardedCuePhrases, guardHolds } from "./guarded-cues";
import { heldSessionCues, proceedingsCues } from "./held-session";
import { wentWhereReceivedCues } from "./went-where-received";
import { boardedVesselCues } from "./boarded-vessel";

/** Event cue dictionaries compiled from rules/events.json. */

export type CueKind =
  | "visit"
  | "meeting"
  | "signing"
  | "agreementNouns"
  | "participation"
  | "gatheringNouns"
  | "welcome"
  | "ceremony"
  | "other"
  | "statement"
  | "sidelines"
  | "weakMeeting"
  | "with"
  | "relative"
  | "anaphora"
  | "between"
  | "attendance"
  | "returnCues"
  | "otherVerbs"
  | "reference"
  | "homeWords"
  | "grouping"
  | "occasionOf"
  | "agreeVerbs"
  | "collective";

const kinds: Exclude<CueKind, "sidelines">[] = ["visit", "meeting", "signing", "agreementNouns", "participation", "gatheringNouns", "welcome", "ceremony", "other", "statement"];



export interface CueHit {
  kind: CueKind;
  first: number;
  last: number;
}

// All dictionaries in one trie, so a sentence is walked once whatever the number of cue kinds.
const combined = new PhraseTrie<CueKind[]>();
{
  const byPhrase = new Map<string, CueKind[]>();
  for (const k of kinds) {
    const entry = rules[k] as { ar: string[]; en: string[] };
    for (const p of [...entry.ar, ...entry.en]) byPhrase.set(p, [...(byPhrase.get(p) ?? []), k]);
  }
  for (const p of guardedCuePhrases) byPhrase.set(p, [...new Set([...(byPhrase.get(p) ?? []), "other" as const])]);
  for (const p of rules.sidelines) byPhrase.set(p, [...(byPhrase.get(p) ?? []), "sidelines"]);
  for (const p of [...rules.weakMeeting.ar, ...rules.weakMeeting.en]) byPhrase.set(p, [...(byPhrase.get(p) ?? []), "weakMeeting"]);
  for (const k of ["attendance", "returnCues", "otherVerbs", "occasionOf", "agreeVerbs"] as const) for (const p of [...rules[k].ar, ...rules[k].en]) byPhrase.set(p, [...(byPhrase.get(p) ?? []), k]);
  for (const k of ["with", "relative", "anaphora", "between", "reference", "homeWords", "grouping", "collective"] as const) for (const p of rules[k]) byPhrase.set(p, [...(byPhrase.get(p) ?? []), k]);
  for (const [p, ks] of byPhrase) combined.add(p, [...new Set(ks)]);
}

/** Every cue of every kind in tokens[from, to); within a kind, the longest match wins. */
export function cuesIn(tokens: readonly Token[], text: string, from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  const busyUntil = new Map<CueKind, number>();
  for (let i = from; i < to; i++) {
    const matches = combined.allAt(tokens, i, text);
    if (!matches.length) continue;
    const longest = new Map<CueKind, number>();
    for (const m of matches) {
      if (m.last >= to) continue;
      for (const k of m.value) if ((longest.get(k) ?? -1) < m.last) longest.set(k, m.last);
    }
    for (const [k, last] of longest) {
      if ((busyUntil.get(k) ?? -1) >= i) continue;
      if (k === "other" && !guardHolds(tokens, i, last, text)) continue;
      out.push({ kind: k, first: i, last });
      busyUntil.set(k, last);
    }
  }
  // "عقدت اللجنة جلسة": a body's sitting is a meeting, its verb and noun apart.
  for (const s of [...heldSessionCues(tokens, from, to), ...proceedingsCues(tokens, from, to)]) if (!out.some((c) => c.kind === "meeting" && c.first <= s.last && s.first <= c.last)) out.push(s);
  // "وتحول الوفد إلى المعبر، حيث استقبله …": going where a host received them is a visit.
  for (const g of wentWhereReceivedCues(tokens, from, to)) if (!out.some((c) => c.kind === "visit")) out.push(g);
  // "صعد الوزيران على متن الفرقاطة": going on board to see a vessel is a visit.
  for (const b of boardedVesselCues(tokens, from, to)) if (!out.some((c) => c.kind === "visit" && c.first <= b.last && b.first <= c.last)) out.push(b);
  return out.sort((a, b) => a.first - b.first);
}

/** Words of event cues that can never be part of a personal name ("اتفاقية", "لقاء", "زيارة"). */
export const eventWordKeys = new Set(
  [...(["visit", "meeting", "signing", "agreementNouns", "gatheringNouns", "ceremony", "other"] as const).flatMap((k) => (rules[k] as { ar: string[] }).ar), ...guardedCuePhrases]
    .filter((w) => !w.includes(" ") && /\p{Script=Arabic}/u.test(w))
    .map((w) => wordKey(w)),
);

// Cue kinds that report a happening of their own (the rest qualify one: with, between, during …).
export const HAPPENING_KINDS = new Set<CueKind>(["visit", "meeting", "signing", "agreementNouns", "participation", "gatheringNouns", "welcome", "ceremony", "other", "otherVerbs", "statement"]);

/** The first cue of a kind. */
export function findCue(cues: CueHit[], kind: CueKind): CueHit | undefined {
  return cues.find((c) => c.kind === kind);
}
