import type { ArticleLanguage, ArticleStatus } from "@marsad/schema/tables";

/** Bilingual labels of the interface: Arabic first, English after. */
export const STATUS_LABELS: Record<ArticleStatus, { ar: string; en: string }> = {
  queued: { ar: "في الانتظار", en: "queued" },
  processing: { ar: "قيد المعالجة", en: "processing" },
  done: { ar: "تمت المعالجة", en: "done" },
  failed: { ar: "فشلت المعالجة", en: "failed" },
};

export const LANGUAGE_LABELS: Record<ArticleLanguage, { ar: string; en: string }> = {
  ar: { ar: "العربية", en: "Arabic" },
  en: { ar: "الإنجليزية", en: "English" },
  other: { ar: "أخرى", en: "other" },
};

export function isPending(status: ArticleStatus): boolean {
  return status === "queued" || status === "processing";
}

/** How often pages poll while an article they show is still being processed. */
export const LIVE_REFRESH_MS = 1500;

/** A short label for an article without a title: its first words. */
export function excerpt(text: string, maxLength = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
