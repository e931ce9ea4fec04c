/**
 * CoNLL entity-level scoring: strict (same span and type) and overlap (same type, spans share a
 * token; each gold entity is matched at most once), per type and micro-averaged.
 */
import { spansOf, type EntitySpan } from "./tags";

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

export interface Scores {
  strict: Map<string, Counts>;
  overlap: Map<string, Counts>;
}

export function newScores(): Scores {
  return { strict: new Map(), overlap: new Map() };
}

const bump = (m: Map<string, Counts>, type: string, k: keyof Counts) => {
  let c = m.get(type);
  if (!c) {
    c = { tp: 0, gold: 0, pred: 0 };
    m.set(type, c);
  }
  c[k]++;
};

/** Adds one sentence; only the listed types count. */
export function addSentence(
  scores: Scores,
  gold: readonly string[],
  pred: readonly string[],
  types: readonly string[],
): void {
  const g = spansOf(gold).filter((s) => types.includes(s.type));
  const p = spansOf(pred).filter((s) => types.includes(s.type));
  for (const m of [scores.strict, scores.overlap]) {
    for (const s of g) bump(m, s.type, "gold");
    for (const s of p) bump(m, s.type, "pred");
  }
  const same = (a: EntitySpan, b: EntitySpan) =>
    a.type === b.type && a.first === b.first && a.last === b.last;
  for (const s of p) if (g.some((x) => same(x, s))) bump(scores.strict, s.type, "tp");
  const used = new Set<EntitySpan>();
  for (const s of p) {
    const hit = g.find((x) => !used.has(x) && x.type === s.type && x.first <= s.last && s.first <= x.last);
    if (hit) {
      used.add(hit);
      bump(scores.overlap, s.type, "tp");
    }
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function micro(m: Map<string, Counts>): Counts {
  const out = { tp: 0, gold: 0, pred: 0 };
  for (const c of m.values()) {
    out.tp += c.tp;
    out.gold += c.gold;
    out.pred += c.pred;
  }
  return out;
}
