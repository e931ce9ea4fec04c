import type { ArticleLanguage, ArticleStatus } from "@marsad/schema/tables";
import type { MessageKey } from "../i18n/message-key";

/** The catalogue key of each article status (`enums.status.*` in messages/*.json). */
export const STATUS_LABELS: Record<ArticleStatus, MessageKey> = {
  queued: "enums.status.queued",
  processing: "enums.status.processing",
  done: "enums.status.done",
  failed: "enums.status.failed",
};

export const LANGUAGE_LABELS: Record<ArticleLanguage, MessageKey> = {
  ar: "enums.language.ar",
  en: "enums.language.en",
  other: "enums.language.other",
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
