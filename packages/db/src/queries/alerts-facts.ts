import { alerts, entities, events, watchRules } from "@marsad/schema/tables";
import { topicSchema, type AlertFacts } from "@marsad/schema/zod";
import { eq } from "drizzle-orm";

/**
 * The columns an alert's facts are read from. A query selecting them joins the rule that shows the
 * alert and left-joins `events` and `entities` with `joinAlertFacts`: alerts keep no foreign key on
 * the event, so one deleted since is simply not found, and the entity is the rule's (every rule of
 * a key follows the same one).
 */
export const alertFactColumns = {
  subject: alerts.subject,
  eventType: events.type,
  countries: events.countries,
  date: events.date,
  eventSummary: events.summary,
  entityName: entities.canonicalName,
  topic: watchRules.topic,
  query: watchRules.query,
  /** The event and entity as found: a link to one deleted since would lead nowhere. */
  eventId: events.id,
  entityId: entities.id,
};

/** Left joins of the alert's event and entity, for `alertFactColumns`. */
export const joinAlertFacts = {
  event: [events, eq(events.id, alerts.eventId)] as const,
  entity: [entities, eq(entities.id, watchRules.entityId)] as const,
};

interface FactColumns {
  subject: string;
  eventType: AlertFacts["eventType"];
  countries: string[] | null;
  date: string | null;
  eventSummary: string | null;
  entityName: string | null;
  topic: string | null;
  query: string | null;
}

const EVENT_SUBJECT = /^event:\d+:(.+)$/;
const TITLE_SUBJECT = /^title:(.*)\|(.*)$/s;

/**
 * An alert's facts from its row. The subject keeps what the article said (`event:<n>:<type>`,
 * `title:<rank>|<role>`), so an alert whose event was deleted still has its type, and a new title
 * is the one printed then, not the person's latest.
 */
function factsOf(row: FactColumns): AlertFacts {
  const event = EVENT_SUBJECT.exec(row.subject);
  const title = TITLE_SUBJECT.exec(row.subject);
  const typed = event ? (row.eventType ?? (event[1] as AlertFacts["eventType"])) : row.eventType;
  const topic = topicSchema.safeParse(row.topic);
  return {
    eventType: typed,
    countries: row.countries ?? [],
    date: row.date,
    eventSummary: row.eventSummary,
    entityName: row.entityName,
    rank: title?.[1] || null,
    role: title?.[2] || null,
    topic: topic.success ? topic.data : null,
    query: row.query,
  };
}

const FACT_KEYS = ["subject", "eventType", "countries", "date", "eventSummary", "entityName", "topic", "query"] as const;

/** A row read with `alertFactColumns`, its fact columns gathered into `facts`. */
export function withFacts<R extends FactColumns>(row: R): Omit<R, (typeof FACT_KEYS)[number]> & { facts: AlertFacts } {
  const rest = Object.fromEntries(Object.entries(row).filter(([key]) => !(FACT_KEYS as readonly string[]).includes(key)));
  return { ...(rest as Omit<R, (typeof FACT_KEYS)[number]>), facts: factsOf(row) };
}
