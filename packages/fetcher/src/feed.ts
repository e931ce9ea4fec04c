import { parseFeed as parseAnyFeed } from "feedsmith";

export interface FeedItem {
  /** guid/id when the feed gives one, else the link: what makes an item "the same" across polls. */
  key: string;
  link: string | null;
  title: string | null;
  /** `YYYY-MM-DD`, when the item is dated. */
  published: string | null;
  author: string | null;
  /** Summary or content as the feed gives it (HTML possible). */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {
  constructor(reason: string) {
    super(`not a readable RSS/Atom feed: ${reason}`);
    this.name = "FeedParseError";
  }
}

type Loose = Record<string, unknown>;
const text = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (v && typeof v === "object" && "value" in v) return text((v as Loose).value);
  return null;
};
const day = (v: unknown): string | null => {
  const s = text(v);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
};
const firstAuthor = (v: unknown): string | null =>
  Array.isArray(v) && v[0] && typeof v[0] === "object" ? text((v[0] as Loose).name) : text(v);

/** RSS 0.9x/2.0, Atom, RDF or JSON Feed → items with a stable de-duplication key. */
export function parseFeed(body: string): ParsedFeed {
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseAnyFeed(body);
  } catch (error) {
    throw new FeedParseError(error instanceof Error ? error.message : String(error));
  }
  const feed = parsed.feed;
  const raw = ((feed.items ?? feed.entries ?? []) as Loose[]).filter((x) => x && typeof x === "object");
  const items = raw.flatMap((item): FeedItem[] => {
    const links = item.links as Array<{ href?: string; rel?: string }> | undefined;
    const link =
      text(item.link) ?? text(item.url) ?? links?.find((l) => !l.rel || l.rel === "alternate")?.href ?? null;
    const key = text(item.guid) ?? text(item.id) ?? link;
    if (!key) return [];
    return [
      {
        key,
        link,
        title: text(item.title),
        published: day(item.pubDate ?? item.published ?? item.updated ?? item.date_published ?? (item.dc as Loose | undefined)?.date),
        author: firstAuthor(item.authors) ?? text((item.dc as Loose | undefined)?.creator),
        content:
          text((item.content as Loose | undefined)?.encoded) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? text(item.content_html),
      },
    ];
  });
  return { title: text(feed.title), items };
}
