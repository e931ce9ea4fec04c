import stopwords from "stopwords-iso";
import type { Doc } from "./document";
import { stopKeys } from "./persons/vocabulary";
import { readings, wordKey } from "./text/tokens";

/**
 * Keywords: the most frequent content words of the article (stop words of stopwords-iso and of
 * the name reader removed, proclitics taken off), printed in the form most often seen.
 */

const STOP = new Set<string>([...(stopwords).ar!, ...(stopwords).en!].map(wordKey));

export function readKeywords(doc: Doc, limit = 10): string[] {
  const counts = new Map<string, { n: number; forms: Map<string, number>; first: number }>();
  for (const t of doc.tokens) {
    if (t.kind !== "word" || t.key.length < 3) continue;
    const r = t.arabic ? readings(t.key) : [{ key: t.key, cut: 0 }];
    const base = r[r.length - 1]!.key.length >= 3 ? (r.find((x) => x.key.startsWith("ال")) ?? r[0]!).key : t.key;
    if (STOP.has(t.key) || STOP.has(base) || stopKeys.has(base)) continue;
    const e = counts.get(base) ?? { n: 0, forms: new Map(), first: t.start };
    e.n++;
    const form = t.arabic && base !== t.key ? t.text.slice(t.text.length - base.length) : t.text;
    e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
    counts.set(base, e);
  }
  return [...counts.values()]
    .filter((e) => e.n >= 2)
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .slice(0, limit)
    .map((e) => [...e.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
}
