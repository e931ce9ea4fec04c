import { stripBidiControls } from "@marsad/schema/zod";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What a page says about itself and the article read out of it. */
export interface ReadPage {
  title: string | null;
  /** The article as plain text, one paragraph per line; never markup. */
  text: string;
  author: string | null;
  siteName: string | null;
  /** `YYYY-MM-DD` from the page's metadata (`article:published_time`, JSON-LD), when it has one. */
  publishedAt: string | null;
  /** Language the page declares (`<html lang>`), lower-cased, e.g. `ar`. */
  lang: string | null;
}

export class UnreadablePageError extends Error {
  constructor(reason: string) {
    super(`no article text could be read from the page: ${reason}`);
    this.name = "UnreadablePageError";
  }
}

function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/** Objects of a JSON-LD block: the block itself, an array of them, or their `@graph`. */
function jsonLdNodes(value: unknown): Array<Record<string, unknown>> {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
  const top = Array.isArray(value) ? (value as unknown[]) : [value];
  return top.filter(isObject).flatMap((x) => (Array.isArray(x["@graph"]) ? (x["@graph"] as unknown[]).filter(isObject) : [x]));
}

/** The first JSON-LD object describing a news article, if the page has one. */
function jsonLdArticle(document: Document): Record<string, unknown> | null {
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? "");
      for (const candidate of jsonLdNodes(parsed)) {
        const type = candidate["@type"];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === "string" && /Article/i.test(t))) return candidate;
      }
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  return null;
}

function day(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m?.[1] ?? null;
}

function authorName(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return authorName(value[0]);
  if (value && typeof value === "object" && "name" in value) return authorName((value).name);
  return null;
}

/** Block-level text of the Readability result, one paragraph per line. */
function paragraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = all(document, "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre");
  const lines = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim());
  return lines.filter(Boolean).join("\n");
}

/** Reads the main article of an HTML page; throws `UnreadablePageError` when there is none. */
export function readHtml(html: string): ReadPage {
  const { document } = parseHTML(html);
  const ld = jsonLdArticle(document);
  const lang = document.documentElement?.getAttribute("lang")?.trim().toLowerCase() || null;
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
  let text = article?.content ? paragraphs(article.content) : "";
  if (!text) {
    for (const el of all(document, "script, style, noscript, template")) el.remove();
    text = (document.body?.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n\s*\n+/g, "\n").trim();
  }
  if (!text) throw new UnreadablePageError("the page has no text");
  return {
    title: oneLine(
      meta(document, "og:title", "twitter:title") ??
        (typeof ld?.headline === "string" ? ld.headline : null) ??
        article?.title?.trim() ??
        null,
    ),
    text,
    author: oneLine(meta(document, "author", "article:author") ?? authorName(ld?.author) ?? article?.byline?.trim() ?? null),
    siteName: oneLine(meta(document, "og:site_name") ?? article?.siteName ?? null),
    publishedAt: day(meta(document, "article:published_time", "datePublished")) ?? day(ld?.datePublished),
    lang,
  };
}

/**
 * A page's title, author or site name as stored: without bidi controls, which would reorder it
 * on screen (a U+202E reverses what follows), and without NUL, which Postgres cannot store.
 */
function oneLine(value: string | null): string | null {
  const clean = value === null ? "" : stripBidiControls(value).replaceAll("\u0000", "").trim();
  return clean || null;
}
