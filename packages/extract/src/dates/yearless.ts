import { isoDate, parseIso } from "./calendar";

/**
 * A date printed without its year ("القاهرة في 12 مارس", "on March 12"), dated by the article's
 * publication date. A dateline tells when the report was filed, which is never after it is
 * published: the publication year, or the year before when that day would come later ("في 28
 * ديسمبر" in a report published on 2 January). Elsewhere a report may look back or ahead, so the
 * day nearest the publication date is taken ("في 20 يناير" in December is next month).
 */
export function yearlessDate(month: number, day: number, published: string, filedAtPublication: boolean): string | null {
  const pub = published.slice(0, 10);
  const anchor = parseIso(pub);
  if (!anchor) return null;
  const year = anchor.getUTCFullYear();
  if (filedAtPublication) {
    const same = isoDate(year, month, day);
    return same && same <= pub ? same : isoDate(year - 1, month, day);
  }
  let best: { iso: string; gap: number } | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoDate(y, month, day);
    const t = iso ? parseIso(iso) : null;
    if (!iso || !t) continue;
    const gap = Math.abs(t.getTime() - anchor.getTime());
    if (!best || gap < best.gap) best = { iso, gap };
  }
  return best?.iso ?? null;
}
