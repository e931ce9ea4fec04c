"use client";

import { eventTypeSchema } from "@marsad/schema";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId } from "react";
import { EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import type { Label } from "../../i18n/message-key";
import { useFormat } from "../_components/use-format";
import { useTRPC } from "../../trpc/react";
import { DateField } from "../_components/date-field";
import { EntityPicker } from "../_components/entity-picker";
import { EventCard } from "../_components/event-card";
import { LoadError, Loading } from "../_components/query-state";
import { filtersToSearch, groupByDay, readFilters, type TimelineFilters } from "./event-filters";
import { T, useText } from "../_components/t";

/** Events per page: a long archive is read a page at a time, not as one endless page. */
const PAGE_SIZE = 50;

/** The event timeline: filters in the address, events grouped by day, newest first. */
export function EventTimeline() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const filters = readFilters(new URLSearchParams(useSearchParams().toString()));
  const ids = { a: useId(), b: useId(), type: useId(), from: useId(), to: useId() };
  const set = (change: Partial<TimelineFilters>) =>
    router.replace(`${pathname}${filtersToSearch({ ...filters, ...change })}`, { scroll: false });

  const countries = useQuery(trpc.events.countries.queryOptions());
  const person = useQuery(
    trpc.entities.byId.queryOptions({ id: filters.person }, { enabled: filters.person !== "" }),
  );
  const pages = useInfiniteQuery(
    trpc.events.timeline.infiniteQueryOptions(
      {
        countries: [filters.a, filters.b].filter(Boolean),
        type: filters.type || undefined,
        personId: filters.person || undefined,
        from: filters.from || undefined,
        to: filters.to || undefined,
        limit: PAGE_SIZE,
      },
      { initialCursor: 0, getNextPageParam: (page, all) => (page.length === PAGE_SIZE ? all.length * PAGE_SIZE : undefined) },
    ),
  );
  const events = pages.data?.pages.flat();
  const say = useText();
  const format = useFormat();
  const codes = [...new Set([...(countries.data ?? []), filters.a, filters.b].filter(Boolean))];

  const countrySelect = (key: "a" | "b", label: Label) => (
    <div className="field">
      <label htmlFor={ids[key]}>
        <T {...label} />
      </label>
      <select id={ids[key]} value={filters[key]} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">{say("events.eventTimeline.allCountries")}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {format.country(code)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <div className="panel filters" role="search" aria-label={say("events.eventTimeline.filterEvents")}>
        <div className="field-row">
          {countrySelect("a", { k: "events.eventTimeline.firstCountry" })}
          {countrySelect("b", { k: "events.eventTimeline.secondCountry" })}
          <div className="field">
            <label htmlFor={ids.type}>
              <T k="events.eventTimeline.type" />
            </label>
            <select
              id={ids.type}
              value={filters.type}
              onChange={(e) => set({ type: eventTypeSchema.safeParse(e.target.value).data ?? "" })}
            >
              <option value="">{say("events.eventTimeline.allTypes")}</option>
              {eventTypeSchema.options.map((type) => (
                <option key={type} value={type}>
                  {say(EVENT_TYPE_LABELS[type])}
                </option>
              ))}
            </select>
          </div>
          <DateField id={ids.from} label={{ k: "events.eventTimeline.from" }} value={filters.from} onChange={(from) => set({ from })} />
          <DateField id={ids.to} label={{ k: "events.eventTimeline.to" }} value={filters.to} min={filters.from || undefined} onChange={(to) => set({ to })} />
        </div>
        {filters.from || filters.to ? (
          // The range is on the events' own days: an undated event is in no range.
          <p className="muted small">
            <T k="events.eventTimeline.theRangeHoldsOnlyEvents" />
          </p>
        ) : null}
        {filters.person ? (
          <p className="person-filter" data-testid="person-filter">
            <span className="muted">
              <T k="events.eventTimeline.person" />:
            </span>{" "}
            <bdi>{person.data?.entity.canonicalName ?? "…"}</bdi>{" "}
            <button type="button" className="secondary small-button" onClick={() => set({ person: "" })}>
              <T k="events.eventTimeline.clear" />
            </button>
          </p>
        ) : (
          <EntityPicker
            type="person"
            label={{ k: "events.eventTimeline.filterByPerson" }}
            onPick={(p) => set({ person: p.id })}
          />
        )}
      </div>

      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <LoadError
          what={{ k: "events.eventTimeline.theEvents" }}
          error={pages.error}
          retry={() => void pages.refetch()}
        />
      ) : !events || events.length === 0 ? (
        <p className="panel empty">
          <T k="events.eventTimeline.noEventsMatchTheseFilters" />
        </p>
      ) : (
        (() => {
          const { days, undated } = groupByDay(events);
          return (
            <>
              <ol className="timeline" data-testid="timeline">
                {days.map((group) => (
                  <li key={group.day} className="timeline-day">
                    <h2 className="timeline-date">
                      <time dateTime={group.day} dir="ltr">
                        {group.day}
                      </time>
                    </h2>
                    <ul className="event-list">
                      {group.items.map((event) => (
                        <EventCard key={event.id} event={event} />
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
              {undated.length ? (
                // Neither their text nor their article dates them: apart, never on the day they arrived.
                <section className="timeline-undated" data-testid="timeline-undated">
                  <h2 className="timeline-date">
                    <T k="events.eventTimeline.undatedEvents" />
                  </h2>
                  <ul className="event-list">
                    {undated.map((event) => (
                      <EventCard key={event.id} event={event} />
                    ))}
                  </ul>
                </section>
              ) : null}
              {pages.hasNextPage ? (
                <div className="actions center">
                  <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage} data-testid="events-more">
                    {pages.isFetchingNextPage ? <T k="events.eventTimeline.loading" /> : <T k="events.eventTimeline.moreEvents" />}
                  </button>
                </div>
              ) : null}
            </>
          );
        })()
      )}
    </>
  );
}
