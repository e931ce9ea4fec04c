import { alerts, articles, watchRules } from "@marsad/schema/tables";
import { and, eq, gte, sql } from "drizzle-orm";

/*
 * Alerts are stored once per article, match key and subject, shared by every rule of the key; a
 * watchlist's alerts are joined through its rules when read. These are the join conditions every
 * reader (inbox, unread counts, feed, webhooks) uses, so they all show a rule the same alerts.
 */

/** Whether an alert's subject is an event, as `ruleShowsAlert` tells mentions from events. */
export const alertIsEvent = sql`${alerts.subject} like 'event:%'`;

/**
 * The alerts a rule shows: those under its key made after it (the `(match_key, created_at)` index
 * serves the range). A rule that follows an entity's events only leaves out the mentions and new
 * titles stored for rules of the same key that follow every mention.
 */
export const ruleShowsAlert = and(
  eq(alerts.matchKey, watchRules.matchKey),
  gte(alerts.createdAt, watchRules.createdAt),
  sql`(${watchRules.kind} <> 'entity' or ${watchRules.scope} = 'mentions' or ${alertIsEvent})`,
);

/**
 * `ruleShowsAlert` for a group of alerts that share their key, creation time and kind of subject
 * (an event's or not), given as the columns `match_key`, `created_at` and `is_event` of `group`:
 * every rule shows all of such a group or none of it, but for `articleAfterRule`.
 */
export const ruleShowsAlertGroup = (group: string) => sql`${watchRules.matchKey} = ${sql.identifier(group)}.match_key
  and ${sql.identifier(group)}.created_at >= ${watchRules.createdAt}
  and (${watchRules.kind} <> 'entity' or ${watchRules.scope} = 'mentions' or ${sql.identifier(group)}.is_event)`;

/**
 * The alert's article, when it arrived after the rule was made: an older article, reprocessed,
 * is not news to that rule (its alert may have been stored for an older rule of the key).
 */
export const articleAfterRule = and(eq(articles.id, alerts.articleId), gte(articles.createdAt, watchRules.createdAt));

/**
 * `articleAfterRule` as a test of each alert rather than a join: read newest first along a rule's
 * key, Postgres then keeps the index order and stops after a page, where a join to `articles`
 * leads it to hash every alert of the key against the articles made since the rule.
 */
export const alertArticleAfterRule = sql`(select ${articles.createdAt} from ${articles} where ${articles.id} = ${alerts.articleId}) >= ${watchRules.createdAt}`;

/** Newest first, in the order of the `(…, created_at desc nulls last)` indexes on alerts (a plain `desc` puts nulls first and cannot use them). */
export const newestAlertsFirst = [sql`${alerts.createdAt} desc nulls last`, sql`${alerts.id} desc nulls last`] as const;
