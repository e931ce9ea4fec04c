import type { Ctx } from "../persons/anchor-spans";
import type { PersonRead } from "../persons";
import { notParticipantTrie } from "../persons/vocabulary";
import type { Token } from "../text/tokens";
import { PhraseTrie } from "../text/phrase-trie";
import rules from "../rules/events.json";
import type { CueHit } from "./cues";
import { backdropFrames } from "./backdrop-frame";
import { joinedByAnd } from "./represented-together";
import type { Unit } from "./units";

const separateMatterTrie = new PhraseTrie<true>([...rules.separateMatter.ar, ...rules.separateMatter.en].map((w) => [w, true] as const));
const SPOKESMAN = /(متحدث|المتحدث|الناطق|ناطق|spokes)/u;

/** The persons a unit names, in the order it first names them. */
export function namedIn(persons: PersonRead[], u: Unit): number[] {
  // Asked twice per sentence with a cue: only each person's first span inside the unit is kept.
  const named: { idx: number; first: number }[] = [];
  for (let idx = 0; idx < persons.length; idx++) {
    const sp = persons[idx]!.tokenSpans.find((s) => s.first >= u.first && s.last < u.last);
    if (sp) named.push({ idx, first: sp.first });
  }
  return named.sort((a, b) => a.first - b.first).map((x) => x.idx);
}

/**
 * Participants: persons named in the unit outside roles, minus spokesmen and the people others
 * stand in for ("مبعوثاً عن الرئيس X"), in the order they are named.
 */
export function participantsIn(ctx: Ctx, persons: PersonRead[], u: Unit, inRole: (k: number) => boolean): number[] {
  const { tokens, text } = ctx.doc;
  const repEnds: number[] = [];
  for (let k = u.first; k < u.last; k++) {
    const m = notParticipantTrie.matchAt(tokens, k, text);
    if (m) repEnds.push(m.last);
  }
  const named: { idx: number; at: number; last: number; represented: boolean }[] = [];
  // "في ضوء العلاقات التي يرعاها X وY", "the course set by X and Y": who set the backdrop took no part.
  const frames = backdropFrames(tokens, u);
  persons.forEach((p, idx) => {
    const spans = p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last && !inRole(s.first));
    if (!spans.length) return;
    if (frames.length && spans.every((s) => frames.some((f) => s.first >= f.first && s.first < f.last))) return;
    if (p.role && SPOKESMAN.test(p.role)) return;
    const firstSpan = spans.reduce((a, b) => (b.first < a.first ? b : a));
    // Only the first person named after "مبعوثاً عن" is the one represented.
    const represented = spans.every((s) => repEnds.some((e) => e < s.first && s.first - e <= 14 && !persons.some((o, j) => j !== idx && o.tokenSpans.some((x) => x.first > e && x.first < s.first))));
    named.push({ idx, at: firstSpan.first, last: firstSpan.last, represented });
  });
  named.sort((a, b) => a.at - b.at);
  // … and those joined to that one by "و" ("بتوجيهات من X وY").
  for (let n = 1; n < named.length; n++) {
    const prev = named[n - 1]!;
    if (prev.represented && joinedByAnd(tokens, prev.last, named[n]!.at)) named[n]!.represented = true;
  }
  return named.filter((p) => !p.represented).map((p) => p.idx);
}

/**
 * "وناقشا …", "تناول اللقاء …", "كما اجتمع …": a sentence that continues the one before, whose
 * subject it leaves unsaid, has the same participants. `gap` counts the units since that one.
 */
export function continuesPrevious(tokens: readonly Token[], u: Unit, cues: CueHit[], gap: number, text: string): boolean {
  if (gap > 2) return false;
  // "Separately, the agency said …": a matter apart from the one before.
  if (separateMatterTrie.matchAt(tokens, u.first, text)) return false;
  const opensWithVerb = cues.some((c) => c.first - u.first <= 1 && c.kind !== "anaphora" && c.kind !== "between" && c.kind !== "with" && c.kind !== "collective") && /^(و|ف|كما)/.test(tokens[u.first]!.key);
  const adjacentProse = gap === 1 && u.last - u.first >= 8;
  return cues.some((c) => c.kind === "anaphora") || opensWithVerb || adjacentProse;
}
