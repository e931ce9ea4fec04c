"use client";

import type { ArticleStatus } from "@marsad/schema/tables";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../../trpc/react";
import { BarChart } from "../_components/bar-chart";
import { En } from "../_components/en";
import { EventCard } from "../_components/event-card";
import { LoadError, Loading } from "../_components/query-state";
import { StatusBadge } from "../_components/status-badge";

const STATUSES: ArticleStatus[] = ["queued", "processing", "done", "failed"];

/** Totals, 30-day activity, article statuses and the newest events; refreshed every half minute. */
export function OverviewPanels() {
  const trpc = useTRPC();
  const stats = useQuery(trpc.overview.stats.queryOptions(undefined, { refetchInterval: 30_000 }));

  if (stats.isPending) return <Loading />;
  if (stats.isError)
    return (
      <LoadError
        what={{ ar: "النظرة العامة", en: "the overview" }}
        error={stats.error}
        retry={() => void stats.refetch()}
      />
    );

  const { totals, articlesPerDay, eventsPerDay, latestEvents } = stats.data;
  const cards = [
    { key: "articles", ar: "المقالات", en: "Articles", value: totals.articles, href: "/articles" },
    { key: "people", ar: "الأشخاص", en: "People", value: totals.people, href: "/people" },
    { key: "events", ar: "الأحداث", en: "Events", value: totals.events, href: "/events" },
    { key: "sources", ar: "المصادر", en: "Sources", value: totals.sources, href: null },
  ];
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

  return (
    <>
      <ul className="stat-cards" aria-label="الأرقام الإجمالية · Totals">
        {cards.map((card) => (
          <li key={card.key} className="panel stat-card" data-testid={`total-${card.key}`}>
            <span className="stat-value">{card.value.toLocaleString("en")}</span>
            <span className="stat-label">
              {card.href ? (
                <Link href={card.href}>
                  {card.ar} · <En>{card.en}</En>
                </Link>
              ) : (
                <>
                  {card.ar} · <En>{card.en}</En>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>

      <div className="two-columns">
        <section className="panel" aria-labelledby="articles-per-day">
          <h2 id="articles-per-day">
            المقالات يومياً · <En>Articles per day</En>
          </h2>
          <p className="muted small">
            آخر ٣٠ يوماً: <bdi>{sum(articlesPerDay)}</bdi> · <En>last 30 days</En>
          </p>
          <BarChart
            testId="chart-articles"
            bars={articlesPerDay.map((d) => ({ label: d.day, value: d.count }))}
            summary={`المقالات يومياً خلال آخر ٣٠ يوماً، المجموع ${sum(articlesPerDay)} · Articles per day, last 30 days`}
          />
        </section>
        <section className="panel" aria-labelledby="events-per-day">
          <h2 id="events-per-day">
            الأحداث يومياً · <En>Events per day</En>
          </h2>
          <p className="muted small">
            آخر ٣٠ يوماً: <bdi>{sum(eventsPerDay)}</bdi> · <En>last 30 days</En>
          </p>
          <BarChart
            testId="chart-events"
            bars={eventsPerDay.map((d) => ({ label: d.day, value: d.count }))}
            summary={`الأحداث يومياً خلال آخر ٣٠ يوماً، المجموع ${sum(eventsPerDay)} · Events per day, last 30 days`}
          />
        </section>
      </div>

      <section className="panel" aria-labelledby="by-status">
        <h2 id="by-status">
          المقالات حسب الحالة · <En>Articles by status</En>
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
            أحدث الأحداث · <En>Latest events</En>
          </h2>
          <Link href="/events">
            كل الأحداث · <En>All events</En>
          </Link>
        </div>
        {latestEvents.length === 0 ? (
          <p className="panel empty">
            لا توجد أحداث بعد · <En>No events yet.</En>
          </p>
        ) : (
          <ul className="event-list" data-testid="latest-events">
            {latestEvents.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
