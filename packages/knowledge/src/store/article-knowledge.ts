import type { NewArticle } from "@marsad/schema/tables";
import type { StorableExtraction } from "./extraction-shape";
import type { ArticleKnowledge } from "./store-article-knowledge";

/** An extraction as the extractor returns it: the storable facts and what it read of the article. */
export type ExtractedArticle = StorableExtraction & {
  cleanedText: string;
  title: string | null;
  language: NonNullable<NewArticle["language"]>;
  published: string | null;
};

/**
 * The input of `storeArticleKnowledge` for an article and its extraction: what the submitter gave
 * (title, outlet, date) wins over what the extractor read in the text.
 */
export function articleKnowledge(
  article: { id: string; title: string | null; source: string | null; publishedAt: string | null },
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
      publishedAt: article.publishedAt ?? extraction.published,
      extraction,
    },
  };
}
