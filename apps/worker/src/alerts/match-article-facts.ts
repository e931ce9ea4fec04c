import type { ArticleFacts, MatchedRule } from "@marsad/db";
import { watchKeys } from "@marsad/schema/zod";

type FactEvent = ArticleFacts["events"][number];
type FactEntity = ArticleFacts["entities"][number];

/** An alert to store under a match key, before the database gives it an id. */
export interface AlertDraft {
  matchKey: string;
  articleId: string;
  eventId: string | null;
  kind: "new-event" | "new-report" | "mention" | "new-title";
  subject: string;
}

/** Events an analyst may see: one an analyst rejected never alerts. */
const shown = (facts: ArticleFacts) => facts.events.filter((e) => !e.hidden);

/**
 * The match keys of the article's events and entities: the rules stored under them are the
 * candidates. Topics are looked up apart (`articleTopicKeys`): their alerts are made in the database.
 */
export function articleMatchKeys(facts: ArticleFacts): string[] {
  const keys = new Set<string>();
  for (const e of shown(facts)) {
    keys.add(watchKeys.eventType(e.type));
    for (const id of e.participantIds) {
      keys.add(watchKeys.entity(id));
      keys.add(watchKeys.eventTypeWithPerson(e.type, id));
    }
    if (e.locationEntityId) keys.add(watchKeys.entity(e.locationEntityId));
    for (const [i, a] of e.countries.entries()) {
      keys.add(watchKeys.country(a));
      keys.add(watchKeys.eventTypeInCountry(e.type, a));
      for (const b of e.countries.slice(i + 1)) if (a !== b) keys.add(watchKeys.pair(a, b));
    }
  }
  for (const n of facts.entities) {
    keys.add(watchKeys.entity(n.entityId));
    if (n.type === "country" && n.country) keys.add(watchKeys.country(n.country));
  }
  return [...keys];
}

/** The match keys of the article's topics. */
export const articleTopicKeys = (facts: ArticleFacts): string[] =>
  facts.topics.map((t) => watchKeys.topic(t));

/** The events of the article a rule follows. */
function eventsFor(rule: MatchedRule, facts: ArticleFacts): FactEvent[] {
  const events = shown(facts);
  switch (rule.kind) {
    case "entity": {
      const iso = countryOf(rule);
      return events.filter((e) =>
        iso
          ? e.countries.includes(iso)
          : e.participantIds.includes(rule.entityId ?? "") || e.locationEntityId === rule.entityId,
      );
    }
    case "country-pair":
      return events.filter((e) => rule.countries.every((c) => e.countries.includes(c)));
    case "event-type":
      return events.filter(
        (e) =>
          e.type === rule.eventType &&
          rule.countries.every((c) => e.countries.includes(c)) &&
          (rule.entityId === null || e.participantIds.includes(rule.entityId)),
      );
    default:
      return [];
  }
}

function eventAlert(base: Omit<AlertDraft, "kind" | "subject" | "eventId">, e: FactEvent): AlertDraft {
  return {
    ...base,
    eventId: e.eventId,
    kind: e.joinedBy === null ? "new-event" : "new-report",
    // What the article said (its nth event, of this type), not the event it joined: reprocessing
    // may join the report to another event, and must not alert again.
    subject: `event:${e.ordinal}:${e.type}`,
  };
}

const countryOf = (rule: MatchedRule) => (rule.matchKey.startsWith("country:") ? rule.matchKey.slice("country:".length) : null);

/** The entity of the rule's key as the article names it: a state by its code (every rule of `country:EG` follows Egypt). */
function namedIn(rule: MatchedRule, facts: ArticleFacts): FactEntity | undefined {
  const iso = countryOf(rule);
  return facts.entities.find((n) => (iso ? n.type === "country" && n.country === iso : n.entityId === rule.entityId));
}

/** Rules that follow every mention of an entity, not only its events. */
const followsMentions = (rule: MatchedRule) => rule.kind === "entity" && rule.scope === "mentions";

/** The persons a rule follows every mention of: whether their rank and role here are new is asked of the database, for a whole batch at once. */
export function followedTitles(matched: MatchedRule[], facts: ArticleFacts): FactEntity[] {
  const followed = new Set(matched.filter(followsMentions).map((rule) => rule.entityId));
  return facts.entities.filter((n) => n.type === "person" && (n.rank || n.role) && followed.has(n.entityId));
}

/**
 * What is new in this article under one match key, for the rules of the key (`rulesByKeys`: the
 * oldest of each scope) made before the article arrived: a rule follows what arrives after it was
 * made, and an older article, reprocessed, is not news. Topic and saved-search alerts are made by
 * `insertTopicAndSearchAlerts`. `titleIsNew` answers whether a followed person's rank and role
 * here were printed in no earlier article. Only facts are stored: the inbox, the feed and
 * webhooks' receivers word them.
 */
export function alertsForKey(
  rules: MatchedRule[],
  facts: ArticleFacts,
  titleIsNew: (person: FactEntity) => boolean,
): AlertDraft[] {
  const live = rules.filter((rule) => rule.createdAt <= facts.article.createdAt);
  const rule = live[0];
  if (!rule) return [];
  const base = { matchKey: rule.matchKey, articleId: facts.article.id };
  const drafts = eventsFor(rule, facts).map((e) => eventAlert(base, e));
  // Mentions and new titles are for rules that follow every mention; a rule of the same key that
  // follows events only does not show them, and stays quiet about an article that names the
  // entity in passing.
  if (live.some(followsMentions)) {
    const named = namedIn(rule, facts);
    if (named && drafts.length === 0) {
      drafts.push({ ...base, eventId: null, kind: "mention", subject: "mention" });
    }
    if (named?.type === "person" && (named.rank || named.role) && titleIsNew(named)) {
      drafts.push({ ...base, eventId: null, kind: "new-title", subject: `title:${named.rank ?? ""}|${named.role ?? ""}` });
    }
  }
  return drafts;
}
