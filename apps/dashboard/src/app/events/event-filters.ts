import { eventTypeSchema } from "@marsad/schema";
import type { EventType } from "@marsad/schema/tables";

/** The timeline's filters, kept in the address (`?a=EG&b=JO&type=visit&person=<id>&from=&to=`) so a view can be shared. */
export interface TimelineFilters {
  a: string;
  b: string;
  type: EventType | "";
  person: string;
  /** Event day range (YYYY-MM-DD), inclusive; empty when open. */
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const COUNTRY = /^[A-Z]{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the address, dropping anything malformed instead of failing the page. */
export function readFilters(params: URLSearchParams): TimelineFilters {
  const country = (key: string) => {
    const value = (params.get(key) ?? "").toUpperCase();
    return COUNTRY.test(value) ? value : "";
  };
  const type = eventTypeSchema.safeParse(params.get("type"));
  const person = params.get("person") ?? "";
  const day = (key: string) => {
    const value = params.get(key) ?? "";
    return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : "";
  };
  const [from, to] = [day("from"), day("to")];
  return {
    a: country("a"),
    b: country("b"),
    type: type.success ? type.data : "",
    person: UUID.test(person) ? person : "",
    from,
    // A range that ends before it starts is dropped at its end, not sent to fail.
    to: from && to && to < from ? "" : to,
  };
}

export function filtersToSearch(filters: TimelineFilters): string {
  const params = new URLSearchParams();
  for (const key of ["a", "b", "type", "person", "from", "to"] as const) if (filters[key]) params.set(key, filters[key]);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * Dated events grouped by their day, newest first; undated events apart, in the order given
 * (latest arrived first): an undated event is on no day, least of all the one it arrived.
 */
export function groupByDay<T extends { date: string | null }>(events: T[]) {
  const groups = new Map<string, T[]>();
  for (const event of events) {
    if (event.date === null) continue;
    groups.set(event.date, [...(groups.get(event.date) ?? []), event]);
  }
  const days = [...groups.entries()]
    .sort(([x], [y]) => (x < y ? 1 : x > y ? -1 : 0))
    .map(([day, items]) => ({ day, items }));
  return { days, undated: events.filter((e) => e.date === null) };
}
