import type { PublishedSource } from "@marsad/schema/tables";

/** A publication date and how it was known; both null when the date is unknown. */
export interface Publication {
  publishedAt: string | null;
  publishedSource: PublishedSource | null;
}

/** Origins of dates given with the article rather than read from its text: they win over the text, and survive reprocessing. */
const GIVEN = new Set<PublishedSource>(["submitter", "feed", "page"]);

interface StoredArticle {
  publishedAt: string | null;
  publishedSource: PublishedSource | null;
}

interface TextReading {
  published: string | null;
  publishedHow?: "stated" | "hijri" | "inferred" | "given" | null | undefined;
}

/**
 * The date the extractor may use as the publication date when the text prints none: one given
 * with the article. A date an earlier run read from the text is not given — the text is read again.
 * Rows stored before the origin was recorded (a date without a source) pass theirs on: it may have
 * come with the article, and `publicationOf` sorts it out.
 */
export function publicationHint(article: StoredArticle): string | null {
  if (!article.publishedAt) return null;
  return article.publishedSource === null || GIVEN.has(article.publishedSource) ? article.publishedAt : null;
}

/**
 * The article's publication date after reading it: a date given with the article (submitter,
 * feed, page) first, then what the text tells (printed, Hijri, inferred). The day it arrived is
 * never one. A row stored before origins were recorded whose date the text does not print again
 * keeps it as the submitter's: the text, the submitter and the feed or page were its only origins.
 */
export function publicationOf(article: StoredArticle, text: TextReading): Publication {
  if (article.publishedAt && article.publishedSource && GIVEN.has(article.publishedSource)) {
    return { publishedAt: article.publishedAt, publishedSource: article.publishedSource };
  }
  const how = text.publishedHow;
  if (text.published && how && how !== "given") return { publishedAt: text.published, publishedSource: how };
  if (article.publishedAt && article.publishedSource === null) return { publishedAt: article.publishedAt, publishedSource: "submitter" };
  return { publishedAt: null, publishedSource: null };
}
