/**
 * A pure function of a string, with its answers kept: for tests asked again and again of the same
 * few texts (a role, a header line's part). The map is emptied when it reaches `limit`, so a
 * long-running process does not grow it without end.
 */
export function keptPerString<T>(compute: (s: string) => T, limit = 20_000): (s: string) => T {
  const kept = new Map<string, T>();
  return (s) => {
    // One look-up for a kept answer; `has` only for an answer that is undefined itself.
    const got = kept.get(s);
    if (got !== undefined || kept.has(s)) return got as T;
    const v = compute(s);
    if (kept.size >= limit) kept.clear();
    kept.set(s, v);
    return v;
  };
}
