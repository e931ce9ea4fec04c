import {
  articlesFacts,
  countNewAlerts,
  finishMatching,
  holdRulesSteady,
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
  alertsForKey,
  articleMatchKeys,
  articleTopicKeys,
  followedTitles,
  type AlertDraft,
} from "../alerts/match-article-facts";

export interface MatchResult {
  articleId: string;
  /** Alerts this run stored, each shared by every rule of its key (0 when a reprocessed article said nothing new). */
  alerts: number;
  /** Webhook deliveries holding them: one per watchlist with a webhook and new alerts in the batch. */
  deliveries: number;
}

/**
 * The alerts of the event, entity and pair keys that follow what the batch's articles say: once
 * per key, whatever the number of watchlists with a rule of it. Whether a followed person's title
 * is new is asked once for the whole batch.
 */
async function draftsFor(db: Db, batch: ArticleFacts[], rules: MatchedRule[]): Promise<AlertDraft[]> {
  const rulesOf = new Map<string, MatchedRule[]>();
  for (const rule of rules) rulesOf.set(rule.matchKey, [...(rulesOf.get(rule.matchKey) ?? []), rule]);
  const mine = batch.map((facts) => ({
    facts,
    keys: articleMatchKeys(facts).flatMap((key) => {
      const ofKey = rulesOf.get(key);
      return ofKey ? [ofKey] : [];
    }),
  }));
  const seen = await titlesSeenElsewhere(
    db,
    mine.flatMap(({ facts, keys }) =>
      followedTitles(keys.flat(), facts).map((p) => ({ articleId: facts.article.id, entityId: p.entityId, rank: p.rank, role: p.role })),
    ),
  );
  return mine.flatMap(({ facts, keys }) => {
    const titleIsNew = (p: { entityId: string }) => !seen.has(printedTitleKey({ articleId: facts.article.id, entityId: p.entityId }));
    return keys.flatMap((ofKey) => alertsForKey(ofKey, facts, titleIsNew));
  });
}

/**
 * Matches what a batch of stored articles says against every watchlist, in a few set-based
 * statements whatever the batch's size: the facts of every article (four reads), the rules of all
 * their match keys (index probes, not a scan of watchlists), then in one transaction the topic and
 * saved-search alerts (made in the database), the alerts decided here, the record that each
 * article was matched for its current run, the counts of the watchlists that show the new alerts
 * (the unread counts read them), and the webhook deliveries of the new alerts (one per
 * watchlist with a webhook that shows some). An alert is stored once per article, match key and
 * subject, shared by every watchlist with a rule of the key. An article is recorded as matched
 * only with all its alerts; one never recorded is queued again by the reconciler
 * (`sweepUnmatched`). The unique key means a redelivered job or a reprocessed article stores
 * nothing twice, and only alerts stored now go to webhooks. Deliveries are queued after the
 * commit; one Redis refused is found by the sweep (a pending delivery never attempted). Articles
 * not `done` are left unmatched.
 *
 * Returns one result per id of `articleIds`, in order.
 */
export async function matchArticles(db: Db, queue: AlertsQueue, articleIds: string[]): Promise<MatchResult[]> {
  const done = (await articlesFacts(db, articleIds)).filter((f) => f.article.status === "done");
  const counts = new Map<string, number>();
  const hookedBy = new Map<string, number>();
  if (done.length > 0) {
    const rules = await rulesByKeys(db, [...new Set(done.flatMap(articleMatchKeys))]);
    const drafts = await draftsFor(db, done, rules);
    const ids = done.map((f) => f.article.id);
    // One transaction: a batch that fails stores nothing, so when its articles are matched again one
    // by one every alert is still new once, and reaches its webhooks.
    const deliveries = await db.transaction(async (tx) => {
      await holdRulesSteady(tx);
      const broad = await insertTopicAndSearchAlerts(
        tx,
        done.map((f) => ({ articleId: f.article.id, topicKeys: articleTopicKeys(f) })),
      );
      const stored = [...broad, ...(await finishMatching(tx, ids, drafts))];
      for (const s of stored) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);
      await countNewAlerts(tx, stored.map((s) => s.id));
      return insertWebhookDeliveries(tx, stored.map((s) => s.id));
    });
    for (const d of deliveries) for (const id of d.articleIds) hookedBy.set(id, (hookedBy.get(id) ?? 0) + 1);
    await enqueueWebhookDeliveries(queue, deliveries.map((d) => d.id));
  }
  return articleIds.map((articleId) => ({
    articleId,
    alerts: counts.get(articleId) ?? 0,
    deliveries: hookedBy.get(articleId) ?? 0,
  }));
}
