import {
  articleFacts,
  insertAlerts,
  insertWebhookDelivery,
  rulesByKeys,
  searchRulesMatching,
  titleSeenElsewhere,
  type Db,
} from "@marsad/db";
import { enqueueWebhookDelivery, type AlertsQueue } from "@marsad/queue";
import { matchArticlePayloadSchema, type MatchArticlePayload } from "@marsad/schema/queue";
import { UnrecoverableError, type Job } from "bullmq";
import { alertsForRule, articleMatchKeys } from "../alerts/match-article-facts";

export interface MatchResult {
  articleId: string;
  /** Alerts this run stored (0 when a reprocessed article said nothing new). */
  alerts: number;
  deliveries: number;
}

/**
 * Matches what a stored article says against every watchlist. Candidate rules are found by match
 * key (index probes, not a scan of watchlists); saved searches are tested against the article's
 * search vector. Alerts are unique per rule, article and subject, so a redelivered job or a
 * reprocessed article stores nothing twice, and only alerts stored now go to webhooks.
 */
export function createMatchArticleProcessor(db: Db, queue: AlertsQueue) {
  return async function processMatchArticle(job: Job<MatchArticlePayload>): Promise<MatchResult> {
    const payload = matchArticlePayloadSchema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError("bad match-article payload");
    const { articleId } = payload.data;
    const facts = await articleFacts(db, articleId);
    if (!facts || facts.article.status !== "done") return { articleId, alerts: 0, deliveries: 0 };

    const [byKey, bySearch] = await Promise.all([rulesByKeys(db, articleMatchKeys(facts)), searchRulesMatching(db, articleId)]);
    const titleIsNew = async (p: { entityId: string; rank: string | null; role: string | null }) =>
      !(await titleSeenElsewhere(db, p.entityId, articleId, p.rank, p.role));
    const drafts = (await Promise.all([...byKey, ...bySearch].map((m) => alertsForRule(m, facts, titleIsNew)))).flat();
    const stored = await insertAlerts(db, drafts);

    const hooked = new Set([...byKey, ...bySearch].filter((m) => m.webhookUrl).map((m) => m.rule.watchlistId));
    let deliveries = 0;
    for (const watchlistId of hooked) {
      const ids = stored.filter((a) => a.watchlistId === watchlistId).map((a) => a.id);
      if (!ids.length) continue;
      const delivery = await insertWebhookDelivery(db, watchlistId, ids);
      await enqueueWebhookDelivery(queue, delivery.id);
      deliveries++;
    }
    return { articleId, alerts: stored.length, deliveries };
  };
}
