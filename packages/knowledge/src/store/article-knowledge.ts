import type { NewArticle, PublishedSource } from "@marsad/schema/tables";
import { publicationOf } from "../dates/publication";
import type { StorableExtraction } from "./extraction-shape";
import type { ArticleKnowledge } from "./store-article-knowledge";

/** An extraction as the extractor returns it: the storable facts and what it read of the article. */
export type ExtractedArticle = StorableExtraction & {
  cleanedText: string;
  title: string | null;
  language: NonNullable<NewArticle["language"]>;
  published: string | null;
  publishedHow?: "stated" | "hijri" | "inferred" | "given" | null | undefined;
};

/**
 * The input of `storeArticleKnowledge` for an article and its extraction: what the submitter gave
 * (title, outlet, date) wins over what the extractor read in the text; see `publicationOf` for dates.
 */
export function articleKnowledge(
  article: { id: string; title: string | null; source: string | null; publishedAt: string | null; publishedSource: PublishedSource | null },
  extraction: ExtractedArticle,
  extractorVersion: string,
): ArticleKnowledge {
  return {
    articleId: article.id,
    extraction,
    extractorVersion,
    article: {
      cleanedText: extraction.cleanedText,
      title: article.title ?? extraction.title,
      language: extraction.language,
      source: article.source ?? extraction.source,
      ...publicationOf(article, extraction),
      extraction,
    },
  };
}
