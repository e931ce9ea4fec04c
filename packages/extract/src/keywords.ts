import type { Doc } from "./document";
import { stopKeys } from "./persons/vocabulary";
import { functionWordKeys as STOP } from "./text/function-words";
import { formMemo, formMemoSlot, setFormMemo, tokenReadings, type Token } from "./text/tokens";

/**
 * Keywords: the most frequent content words of the article (stop words of stopwords-iso and of
 * the name reader removed, proclitics taken off), printed in the form most often seen.
 */

export function readKeywords(doc: Doc, limit = 10): string[] {
  const counts = new Map<string, { n: number; tokens: Token[]; first: number }>();
  for (const t of doc.tokens) {
    if (t.kind !== "word" || t.key.length < 3) continue;
    const base = contentBase(t);
    if (base === null) continue;
    let e = counts.get(base);
    if (!e) counts.set(base, (e = { n: 0, tokens: [], first: t.start }));
    e.n++;
    e.tokens.push(t);
  }
  return [...counts.entries()]
    .filter(([, e]) => e.n >= 2)
    .sort(([, a], [, b]) => b.n - a.n || a.first - b.first)
    .slice(0, limit)
    .map(([base, e]) => commonestForm(base, e.tokens));
}

// A word's base and whether it is a stop word depend on its key alone, and the same few thousand
// keys come back in every article.
const bases = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

const BASE_SLOT = formMemoSlot();

/** The word without its proclitics, or null for a stop word. */
function contentBase(t: Token): string | null {
  const kept = formMemo(t, BASE_SLOT) as string | null | undefined;
  if (kept !== undefined) return kept;
  const base = baseOfKey(t);
  setFormMemo(t, BASE_SLOT, base);
  return base;
}

function baseOfKey(t: Token): string | null {
  const cacheKey = t.arabic ? t.key : `latin:${t.key}`;
  let base = bases.get(cacheKey);
  if (base === undefined) {
    const r = t.arabic ? tokenReadings(t) : [{ key: t.key, cut: 0 }];
    const b = r[r.length - 1]!.key.length >= 3 ? (r.find((x) => x.key.startsWith("ال")) ?? r[0]!).key : t.key;
    base = STOP.has(t.key) || STOP.has(b) || stopKeys.has(b) ? null : b;
    if (bases.size >= CACHE_LIMIT) bases.clear();
    bases.set(cacheKey, base);
  }
  return base;
}

/** The form of the word printed most often (the first seen among equals). */
function commonestForm(base: string, tokens: readonly Token[]): string {
  const forms = new Map<string, number>();
  for (const t of tokens) {
    const form = t.arabic && base !== t.key ? t.text.slice(t.text.length - base.length) : t.text;
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
