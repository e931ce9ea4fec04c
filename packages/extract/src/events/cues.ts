import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";

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
  | "sidelines";

const kinds: Exclude<CueKind, "sidelines">[] = ["visit", "meeting", "signing", "agreementNouns", "participation", "gatheringNouns", "welcome", "ceremony", "other", "statement"];

const tries = new Map<CueKind, PhraseTrie<CueKind>>();
for (const k of kinds) {
  const entry = rules[k] as { ar: string[]; en: string[] };
  tries.set(k, new PhraseTrie<CueKind>([...entry.ar, ...entry.en].map((p) => [p, k] as const)));
}
tries.set("sidelines", new PhraseTrie<CueKind>(rules.sidelines.map((p) => [p, "sidelines"] as const)));

export interface CueHit {
  kind: CueKind;
  first: number;
  last: number;
}

/** Every cue of every kind in tokens[from, to). */
export function cuesIn(tokens: readonly Token[], text: string, from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (const [kind, trie] of tries) {
    for (let i = from; i < to; i++) {
      const m = trie.matchAt(tokens, i, text);
      if (m && m.last < to) {
        out.push({ kind, first: i, last: m.last });
        i = m.last;
      }
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
