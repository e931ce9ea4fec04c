"use client";

import { eventTypeSchema } from "@marsad/schema";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId } from "react";
import { countryName, EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import { useTRPC } from "../../trpc/react";
import { EntityPicker } from "../_components/entity-picker";
import { EventCard } from "../_components/event-card";
import { LoadError, Loading } from "../_components/query-state";
import { filtersToSearch, groupByDay, readFilters, type TimelineFilters } from "./event-filters";
import { T } from "../_components/t";
import { textLabel } from "../../lib/ui-language";
import { useUiLanguage } from "../_components/ui-language";

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
  const ui = useUiLanguage();
  const say = (ar: string, en: string) => textLabel(ui, ar, en);
  const codes = [...new Set([...(countries.data ?? []), filters.a, filters.b].filter(Boolean))];

  const countrySelect = (key: "a" | "b", label: { ar: string; en: string }) => (
    <div className="field">
      <label htmlFor={ids[key]}>
        <T ar={label.ar} en={label.en} />
      </label>
      <select id={ids[key]} value={filters[key]} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">{say("كل الدول", "All")}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {countryName(code)} ({code})
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <div className="panel filters" role="search" aria-label="تصفية الأحداث · Filter events">
        <div className="field-row">
          {countrySelect("a", { ar: "دولة أولى", en: "First country" })}
          {countrySelect("b", { ar: "دولة ثانية", en: "Second country" })}
          <div className="field">
            <label htmlFor={ids.type}>
              <T ar="النوع" en="Type" />
            </label>
            <select
              id={ids.type}
              value={filters.type}
              onChange={(e) => set({ type: eventTypeSchema.safeParse(e.target.value).data ?? "" })}
            >
              <option value="">{say("كل الأنواع", "All")}</option>
              {eventTypeSchema.options.map((type) => (
                <option key={type} value={type}>
                  {say(EVENT_TYPE_LABELS[type].ar, EVENT_TYPE_LABELS[type].en)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.from}>
              <T ar="من" en="From" />
            </label>
            <input id={ids.from} type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>
              <T ar="إلى" en="To" />
            </label>
            <input id={ids.to} type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          </div>
        </div>
        {filters.from || filters.to ? (
          // The range is on the events' own days: an undated event is in no range.
          <p className="muted small">
            <T ar="الفترة تشمل الأحداث معروفة التاريخ فقط" en="The range holds only events whose date is known." />
          </p>
        ) : null}
        {filters.person ? (
          <p className="person-filter" data-testid="person-filter">
            <span className="muted">
              <T ar="الشخص" en="Person" />:
            </span>{" "}
            <bdi>{person.data?.entity.canonicalName ?? "…"}</bdi>{" "}
            <button type="button" className="secondary small-button" onClick={() => set({ person: "" })}>
              <T ar="إزالة" en="Clear" />
            </button>
          </p>
        ) : (
          <EntityPicker
            type="person"
            label={{ ar: "تصفية حسب شخص", en: "Filter by person" }}
            onPick={(p) => set({ person: p.id })}
          />
        )}
      </div>

      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <LoadError
          what={{ ar: "الأحداث", en: "the events" }}
          error={pages.error}
          retry={() => void pages.refetch()}
        />
      ) : !events || events.length === 0 ? (
        <p className="panel empty">
          <T ar="لا أحداث تطابق التصفية" en="No events match these filters." />
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
                    <T ar="أحداث غير مؤرخة" en="Undated events" />
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
                    {pages.isFetchingNextPage ? <T ar="جارٍ التحميل…" en="Loading…" /> : <T ar="المزيد من الأحداث" en="More events" />}
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
