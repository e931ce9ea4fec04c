"use client";

import type { ArticleStatus } from "@marsad/schema/tables";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../../trpc/react";
import { BarChart } from "../_components/bar-chart";
import { EventCard } from "../_components/event-card";
import { LoadError, Loading } from "../_components/query-state";
import { StatusBadge } from "../_components/status-badge";
import { T, useText } from "../_components/t";
import { useFormat } from "../_components/use-format";
import type { MessageKey } from "../../i18n/message-key";

const STATUSES: ArticleStatus[] = ["queued", "processing", "done", "failed"];

/** Totals, 30-day activity, article statuses and the newest events; refreshed every half minute. */
export function OverviewPanels() {
  const trpc = useTRPC();
  const say = useText();
  const format = useFormat();
  const stats = useQuery(trpc.overview.stats.queryOptions(undefined, { refetchInterval: 30_000 }));

  if (stats.isPending) return <Loading />;
  if (stats.isError)
    return (
      <LoadError
        what={{ k: "overview.overviewPanels.theOverview" }}
        error={stats.error}
        retry={() => void stats.refetch()}
      />
    );

  const { totals, articlesPerDay, eventsPerDay, latestEvents, undatedEvents } = stats.data;
  const cards: { key: string; k: MessageKey; value: number; href: string | null }[] = [
    { key: "articles", k: "overview.overviewPanels.articles", value: totals.articles, href: "/articles" },
    { key: "people", k: "overview.overviewPanels.people", value: totals.people, href: "/people" },
    { key: "events", k: "overview.overviewPanels.events", value: totals.events, href: "/events" },
    { key: "sources", k: "overview.overviewPanels.sources", value: totals.sources, href: null },
  ];
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

  return (
    <>
      <ul className="stat-cards" aria-label={say("overview.overviewPanels.totals")}>
        {cards.map((card) => (
          <li key={card.key} className="panel stat-card" data-testid={`total-${card.key}`}>
            <span className="stat-value">{format.number(card.value)}</span>
            <span className="stat-label">
              {card.href ? (
                <Link href={card.href}>
                  <T k={card.k} />
                </Link>
              ) : (
                <>
                  <T k={card.k} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>

      <div className="two-columns">
        <section className="panel" aria-labelledby="articles-per-day">
          <h2 id="articles-per-day">
            <T k="overview.overviewPanels.articlesReceivedPerDay" />
          </h2>
          <p className="muted small">
            <T k="overview.overviewPanels.last30Days" values={{ count: sum(articlesPerDay) }} />
          </p>
          <BarChart
            testId="chart-articles"
            bars={articlesPerDay.map((d) => ({ label: d.day, value: d.count }))}
            summary={say("overview.overviewPanels.articlesChartSummary", { count: sum(articlesPerDay) })}
          />
          {sum(articlesPerDay) === 0 ? (
            <p className="muted small" data-testid="chart-articles-empty">
              <T k="overview.overviewPanels.noArticlesInLast30Days" />
            </p>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="events-per-day">
          <h2 id="events-per-day">
            <T k="overview.overviewPanels.eventsPerDay" />
          </h2>
          <p className="muted small">
            <T k="overview.overviewPanels.last30Days" values={{ count: sum(eventsPerDay) }} />
          </p>
          <BarChart
            testId="chart-events"
            bars={eventsPerDay.map((d) => ({ label: d.day, value: d.count }))}
            summary={say("overview.overviewPanels.eventsChartSummary", { count: sum(eventsPerDay) })}
          />
          {sum(eventsPerDay) === 0 ? (
            // An empty chart beside recent reports puzzles: say that events count on their own day.
            <p className="muted small" data-testid="chart-events-empty">
              <T k="overview.overviewPanels.noEventsInLast30Days" />
            </p>
          ) : null}
          {undatedEvents.count ? (
            // Undated events are on no day of the chart, least of all the one they arrived.
            <p className="muted small" data-testid="undated-event-count">
              <T k="overview.overviewPanels.undatedEventsCount" values={{ count: undatedEvents.count }} />
            </p>
          ) : null}
        </section>
      </div>

      <section className="panel" aria-labelledby="by-status">
        <h2 id="by-status">
          <T k="overview.overviewPanels.articlesByStatus" />
        </h2>
        <ul className="status-counts" data-testid="status-counts">
          {STATUSES.map((status) => (
            <li key={status} data-status={status}>
              <StatusBadge status={status} /> <strong>{totals.articlesByStatus[status]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-events">
        <div className="page-head">
          <h2 id="latest-events">
            <T k="overview.overviewPanels.latestEvents" />
          </h2>
          <Link href="/events">
            <T k="overview.overviewPanels.allEvents" />
          </Link>
        </div>
        {latestEvents.length === 0 && undatedEvents.latest.length === 0 ? (
          <p className="panel empty">
            <T k="overview.overviewPanels.noEventsYet" />
          </p>
        ) : latestEvents.length === 0 ? null : (
          <ul className="event-list" data-testid="latest-events">
            {latestEvents.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        )}
        {undatedEvents.latest.length ? (
          <>
            <h3>
              <T k="overview.overviewPanels.undatedEventsReceivedLately" />
            </h3>
            <ul className="event-list" data-testid="latest-undated-events">
              {undatedEvents.latest.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
