import { feedAlerts, watchlistByFeedSecret, type Db, type FeedAlert } from "@marsad/db";
import { generateAtomFeed } from "feedsmith";
import { hashSecretToken } from "./auth";

/**
 * A watchlist's alerts as an Atom 1.0 feed, for the secret URL an analyst gives their feed reader.
 * `origin` is this site's origin: entries link to the event, profile or article in the dashboard.
 * Alerts are stored as facts: `describe` words one for the entry's summary (the dashboard does it
 * from its message catalogues). Undefined when the secret is unknown or revoked.
 */
export async function watchlistAtomFeed(
  db: Db,
  secret: string,
  origin: string,
  describe: (alert: FeedAlert) => Promise<string>,
): Promise<string | undefined> {
  const watchlist = await watchlistByFeedSecret(db, hashSecretToken(secret));
  if (!watchlist) return undefined;
  const items = await feedAlerts(db, watchlist.id);
  const summaries = await Promise.all(items.map(describe));
  const link = (a: (typeof items)[number]) =>
    a.eventId ? `${origin}/events/${a.eventId}` : a.kind === "new-title" && a.entityId ? `${origin}/entities/${a.entityId}` : `${origin}/articles/${a.articleId}`;
  return generateAtomFeed({
    id: `urn:marsad:watchlist:${watchlist.id}`,
    title: { value: `Marsad — ${watchlist.name}` },
    updated: items[0]?.createdAt ?? watchlist.createdAt,
    links: [{ href: `${origin}/watchlists/${watchlist.id}`, rel: "alternate", type: "text/html" }],
    generator: { text: "Marsad" },
    entries: items.map((a, i) => ({
      id: `urn:marsad:alert:${a.id}`,
      title: { value: a.articleTitle ? `${a.ruleLabel}: ${a.articleTitle}` : a.ruleLabel },
      summary: { value: summaries[i]! },
      updated: a.createdAt,
      published: a.createdAt,
      links: [{ href: link(a), rel: "alternate", type: "text/html" }, ...(a.articleUrl ? [{ href: a.articleUrl, rel: "related" }] : [])],
      categories: [{ term: a.kind }],
    })),
  });
}
