import { events } from "@marsad/schema/tables";
import { and, desc, gte, lte, sql, type SQL } from "drizzle-orm";

/*
 * How views place events in time. An event's `date` is known (from its text or its article's
 * publication date) or null: undated. `anchor_date` is an internal matching key that may be the day
 * a report arrived, so no view orders or filters by it.
 */

/** Dated events newest first, then the undated ones, the latest arrived first. */
export const eventsByKnownDate = [sql`${events.date} desc nulls last`, desc(events.createdAt), desc(events.id)];

/** A date range keeps the events known to fall inside it: an undated event is in no range. */
export function eventDateRange(from: string | undefined, to: string | undefined): SQL | undefined {
  return and(from ? gte(events.date, from) : undefined, to ? lte(events.date, to) : undefined);
}
