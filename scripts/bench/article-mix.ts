import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Realistic article texts for benchmarks: the sample articles in ../shared when present (read at
 * run time, never copied), else generated Arabic text of the same shape. Variant `i` differs from
 * every other variant, so none is a duplicate.
 */
export function loadArticleMix(rootDir: string): string[] {
  const shared = path.resolve(rootDir, "../shared");
  const dirs = [path.join(shared, "corpus"), path.join(shared, "devset", "articles")];
  const texts = dirs
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(d, f), "utf8")));
  if (texts.length > 0) return texts;
  const names = ["سالم الورفلي", "حسن المهدي", "خالد الشريف", "محمود العبيدي"];
  const cities = ["القاهرة", "طرابلس", "تونس", "عمّان"];
  return names.map(
    (n, i) =>
      `${n} يبحث في ${cities[i]} تعزيز التعاون العسكري\n` +
      `استقبل رئيس الأركان العامة الفريق ${n} في ${cities[i]} وفداً عسكرياً رفيع المستوى، ` +
      "وبحث الجانبان سبل تعزيز التعاون في مجالات التدريب وتبادل الخبرات وتأمين الحدود المشتركة.\n".repeat(12),
  );
}

/** The i-th variant of a text: a distinct first line, so its content hash is new. */
export function variant(texts: string[], i: number): string {
  const base = texts[i % texts.length]!;
  return `${base}\n(نسخة ${i})`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
