import { contentHash } from "@marsad/intake";
import { attachFetchedText, type Db } from "@marsad/db";
import { decodeBody, FetchError, safeFetch, type AddressPolicy } from "@marsad/fetcher";
import { readHtml, UnreadablePageError } from "@marsad/reader";
import type { Article } from "@marsad/schema/tables";
import { UnrecoverableError } from "bullmq";

/**
 * Fetches a URL submission's page (only ever in the worker, never in the web process), reads the
 * article out of it and stores the text on the article. Refusals and unreadable pages fail the
 * article with a clear reason and are not retried; timeouts and server errors are.
 */
export async function fetchArticleText(db: Db, article: Article, policy: AddressPolicy): Promise<Article> {
  if (!article.url) throw new UnrecoverableError("the article has neither text nor a URL");
  let page;
  try {
    page = await safeFetch(article.url, { policy });
  } catch (error) {
    if (error instanceof FetchError && !error.retryable) throw new UnrecoverableError(error.message);
    throw error;
  }
  const body = decodeBody(page.contentType, page.body);
  const isHtml = /html|xml/i.test(page.contentType ?? "") || /^\s*</.test(body);
  let read: { text: string; title: string | null; source: string | null; publishedAt: string | null };
  try {
    const html = isHtml ? readHtml(body) : null;
    read = html
      ? { text: html.title && !html.text.startsWith(html.title) ? `${html.title}\n${html.text}` : html.text, title: html.title, source: html.siteName, publishedAt: html.publishedAt }
      : { text: body.trim(), title: null, source: null, publishedAt: null };
  } catch (error) {
    if (error instanceof UnreadablePageError) throw new UnrecoverableError(error.message);
    throw error;
  }
  if (!read.text) throw new UnrecoverableError("the page has no article text");
  const { duplicateOf } = await attachFetchedText(db, article.id, {
    rawText: read.text,
    contentHash: contentHash(read.text),
    title: read.title,
    source: read.source,
    publishedAt: read.publishedAt,
  });
  if (duplicateOf) throw new UnrecoverableError(`the page's text is already stored as article ${duplicateOf}`);
  return {
    ...article,
    rawText: read.text,
    title: article.title ?? read.title,
    source: article.source ?? read.source,
    publishedAt: article.publishedAt ?? read.publishedAt,
    publishedSource: article.publishedAt ? article.publishedSource : read.publishedAt ? "page" : null,
  };
}
