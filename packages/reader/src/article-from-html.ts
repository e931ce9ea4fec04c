import { readHtml } from "./read-html";

/** An article read from a saved HTML page, in the shape of a submission. */
export interface HtmlArticle {
  text: string;
  title?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
}

/**
 * Reads a saved page (an upload or a file on disk, never fetched) into submission fields. The
 * headline leads the text, as in a pasted article, so the extractor sees it. Throws
 * `UnreadablePageError` when the page holds no article.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const page = readHtml(html);
  return {
    text: page.title && !page.text.startsWith(page.title) ? `${page.title}\n${page.text}` : page.text,
    ...(page.title ? { title: page.title } : {}),
    ...(page.siteName ? { source: page.siteName } : {}),
    ...(page.author ? { author: page.author } : {}),
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
  };
}
