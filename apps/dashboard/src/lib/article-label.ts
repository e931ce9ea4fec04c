import { excerpt } from "./labels";

/**
 * What names an article in a list or heading: its title, else the first words of its text, else
 * (a link not fetched, or whose fetch failed) its URL as a reader types it, percent-escapes decoded.
 */
export function articleLabel(article: { title: string | null; preview?: string | null; url?: string | null }): string | null {
  if (article.title) return article.title;
  const text = article.preview ? excerpt(article.preview, 90) : "";
  if (text !== "") return text;
  return article.url ? readableUrl(article.url) : null;
}

/** A URL with its percent-escapes decoded (Arabic paths read as Arabic); left as is when malformed. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
