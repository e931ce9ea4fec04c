import {
  articleFacts,
  finishMatching,
  insertTopicAndSearchAlerts,
  insertWebhookDelivery,
  rulesByKeys,
  titleSeenElsewhere,
  type Db,
} from "@marsad/db";
import { enqueueWebhookDelivery, type AlertsQueue } from "@marsad/queue";
import { matchArticlePayloadSchema, type MatchArticlePayload } from "@marsad/schema/queue";
import { UnrecoverableError, type Job } from "bullmq";
import { alertsForRule, articleMatchKeys, articleTopicKeys } from "../alerts/match-article-facts";

export interface MatchResult {
  articleId: string;
  /** Alerts this run stored (0 when a reprocessed article said nothing new). */
  alerts: number;
  deliveries: number;
}

/**
 * Matches what a stored article says against every watchlist. Candidate rules are found by match
 * key (index probes, not a scan of watchlists); saved searches are tested against the article's
 * search vector. Rules that follow a topic or a search alert in one statement in the database;
 * the few that follow the article's events and entities are read and decided here. The article
 * is then recorded as matched for its current run; one never recorded is queued again by the
 * reconciler (`sweepUnmatched`). Alerts are unique per rule, article and subject, so a redelivered job or a
 * reprocessed article stores nothing twice, and only alerts stored now go to webhooks.
 */
export function createMatchArticleProcessor(db: Db, queue: AlertsQueue) {
  return async function processMatchArticle(job: Job<MatchArticlePayload>): Promise<MatchResult> {
    const payload = matchArticlePayloadSchema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError("bad match-article payload");
    const { articleId } = payload.data;
    const facts = await articleFacts(db, articleId);
    if (!facts || facts.article.status !== "done") return { articleId, alerts: 0, deliveries: 0 };

    // Topic and saved-search rules alert in the database, at the same time as the others are read.
    const [byKey, broad] = await Promise.all([
      rulesByKeys(db, articleMatchKeys(facts)),
      insertTopicAndSearchAlerts(db, articleId, articleTopicKeys(facts)),
    ]);
    const titleIsNew = async (p: { entityId: string; rank: string | null; role: string | null }) =>
      !(await titleSeenElsewhere(db, p.entityId, articleId, p.rank, p.role));
    const drafts = (await Promise.all(byKey.map((m) => alertsForRule(m, facts, titleIsNew)))).flat();
    const hooked = [...new Set(byKey.filter((m) => m.webhookUrl).map((m) => m.rule.watchlistId))];
    // Last, so an article is recorded as matched only once all its alerts are stored.
    const stored = await finishMatching(db, articleId, drafts, hooked);

    // One delivery per watchlist with a webhook, holding every alert this run stored for it.
    const newAlerts = new Map<string, string[]>();
    for (const a of [...broad.reported, ...stored.reported])
      newAlerts.set(a.watchlistId, [...(newAlerts.get(a.watchlistId) ?? []), a.id]);
    for (const [watchlistId, ids] of newAlerts) {
      const delivery = await insertWebhookDelivery(db, watchlistId, ids);
      await enqueueWebhookDelivery(queue, delivery.id);
    }
    return { articleId, alerts: broad.inserted + stored.inserted, deliveries: newAlerts.size };
  };
}
