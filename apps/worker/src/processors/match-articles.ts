import {
  articlesFacts,
  finishMatching,
  insertTopicAndSearchAlerts,
  insertWebhookDeliveries,
  printedTitleKey,
  rulesByKeys,
  titlesSeenElsewhere,
  type ArticleFacts,
  type Db,
  type MatchedRule,
} from "@marsad/db";
import { enqueueWebhookDeliveries, type AlertsQueue } from "@marsad/queue";
import {
  alertsForRule,
  articleMatchKeys,
  articleTopicKeys,
  followedTitles,
  type AlertDraft,
} from "../alerts/match-article-facts";

export interface MatchResult {
  articleId: string;
  /** Alerts this run stored (0 when a reprocessed article said nothing new). */
  alerts: number;
  /** Webhook deliveries holding them: one per watchlist with a webhook and new alerts in the batch. */
  deliveries: number;
}

/**
 * The alerts of the event, entity and pair rules that follow what the batch's articles say. Whether
 * a followed person's title is new is asked once for the whole batch.
 */
async function draftsFor(db: Db, batch: ArticleFacts[], rules: MatchedRule[]): Promise<AlertDraft[]> {
  const mine = batch.map((facts) => {
    const keys = new Set(articleMatchKeys(facts));
    return { facts, rules: rules.filter((m) => keys.has(m.rule.matchKey)) };
  });
  const seen = await titlesSeenElsewhere(
    db,
    mine.flatMap(({ facts, rules }) =>
      followedTitles(rules, facts).map((p) => ({ articleId: facts.article.id, entityId: p.entityId, rank: p.rank, role: p.role })),
    ),
  );
  return mine.flatMap(({ facts, rules }) => {
    const titleIsNew = (p: { entityId: string }) => !seen.has(printedTitleKey({ articleId: facts.article.id, entityId: p.entityId }));
    return rules.flatMap((m) => alertsForRule(m, facts, titleIsNew));
  });
}

/**
 * Matches what a batch of stored articles says against every watchlist, in a few set-based
 * statements whatever the batch's size: the facts of every article (four reads), the candidate
 * rules of all their match keys (index probes, not a scan of watchlists), then in one transaction
 * the topic and saved-search alerts (made in the database), the alerts of the rules decided here,
 * the record that each article was matched for its current run, and the webhook deliveries of the
 * new alerts. An article is recorded as matched only with all its alerts; one never recorded is
 * queued again by the reconciler (`sweepUnmatched`). Alerts are unique per rule, article and
 * subject, so a redelivered job or a reprocessed article stores nothing twice, and only alerts
 * stored now go to webhooks. Deliveries are queued after the commit; one Redis refused is found
 * by the sweep (a pending delivery never attempted). Articles not `done` are left unmatched.
 *
 * Returns one result per id of `articleIds`, in order.
 */
export async function matchArticles(db: Db, queue: AlertsQueue, articleIds: string[]): Promise<MatchResult[]> {
  const done = (await articlesFacts(db, articleIds)).filter((f) => f.article.status === "done");
  const counts = new Map<string, number>();
  const hookedBy = new Map<string, Set<string>>();
  if (done.length > 0) {
    const byKey = await rulesByKeys(db, [...new Set(done.flatMap(articleMatchKeys))]);
    const drafts = await draftsFor(db, done, byKey);
    const hooked = [...new Set(byKey.filter((m) => m.webhookUrl).map((m) => m.rule.watchlistId))];
    const ids = done.map((f) => f.article.id);
    // One transaction: a batch that fails stores nothing, so when its articles are matched again one
    // by one every alert is still new once, and reaches its webhook.
    const deliveries = await db.transaction(async (tx) => {
      const broad = await insertTopicAndSearchAlerts(
        tx,
        done.map((f) => ({ articleId: f.article.id, topicKeys: articleTopicKeys(f) })),
      );
      const stored = await finishMatching(tx, ids, drafts, hooked);
      const newAlerts = new Map<string, string[]>();
      for (const s of [...broad, ...stored]) {
        counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + s.inserted);
        const lists = hookedBy.get(s.articleId) ?? new Set();
        for (const a of s.reported) lists.add(a.watchlistId);
        hookedBy.set(s.articleId, lists);
        for (const a of s.reported) newAlerts.set(a.watchlistId, [...(newAlerts.get(a.watchlistId) ?? []), a.id]);
      }
      // One delivery per watchlist with a webhook, holding every alert this batch stored for it.
      return insertWebhookDeliveries(
        tx,
        [...newAlerts].map(([watchlistId, alertIds]) => ({ watchlistId, alertIds })),
      );
    });
    await enqueueWebhookDeliveries(queue, deliveries.map((d) => d.id));
  }
  return articleIds.map((articleId) => ({
    articleId,
    alerts: counts.get(articleId) ?? 0,
    deliveries: hookedBy.get(articleId)?.size ?? 0,
  }));
}
