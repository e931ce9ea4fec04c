/**
 * A pure function of an object (an article's document), with its answer kept while the object
 * lives: for what is read once per article and asked of many of its tokens.
 */
export function keptPerObject<K extends object, T>(compute: (k: K) => T): (k: K) => T {
  const kept = new WeakMap<K, T>();
  return (k) => {
    if (kept.has(k)) return kept.get(k) as T;
    const v = compute(k);
    kept.set(k, v);
    return v;
  };
}
