"use client";

import type { ArticleStatus } from "@marsad/schema/tables";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../../trpc/react";
import { BarChart } from "../_components/bar-chart";
import { EventCard } from "../_components/event-card";
import { LoadError, Loading } from "../_components/query-state";
import { StatusBadge } from "../_components/status-badge";
import { T } from "../_components/t";

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

  const { totals, articlesPerDay, eventsPerDay, latestEvents, undatedEvents } = stats.data;
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
                  <T ar={card.ar} en={card.en} />
                </Link>
              ) : (
                <>
                  <T ar={card.ar} en={card.en} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>

      <div className="two-columns">
        <section className="panel" aria-labelledby="articles-per-day">
          <h2 id="articles-per-day">
            <T ar="المقالات الواردة يومياً" en="Articles received per day" />
          </h2>
          <p className="muted small">
            <T ar={<>آخر ٣٠ يوماً: <bdi>{sum(articlesPerDay)}</bdi></>} en={<>last 30 days: <bdi>{sum(articlesPerDay)}</bdi></>} />
          </p>
          <BarChart
            testId="chart-articles"
            bars={articlesPerDay.map((d) => ({ label: d.day, value: d.count }))}
            summary={`المقالات يومياً خلال آخر ٣٠ يوماً، المجموع ${sum(articlesPerDay)} · Articles per day, last 30 days`}
          />
        </section>
        <section className="panel" aria-labelledby="events-per-day">
          <h2 id="events-per-day">
            <T ar="الأحداث يومياً" en="Events per day" />
          </h2>
          <p className="muted small">
            <T ar={<>آخر ٣٠ يوماً: <bdi>{sum(eventsPerDay)}</bdi></>} en={<>last 30 days: <bdi>{sum(eventsPerDay)}</bdi></>} />
          </p>
          <BarChart
            testId="chart-events"
            bars={eventsPerDay.map((d) => ({ label: d.day, value: d.count }))}
            summary={`الأحداث يومياً خلال آخر ٣٠ يوماً، المجموع ${sum(eventsPerDay)} · Events per day, last 30 days`}
          />
          {undatedEvents.count ? (
            // Undated events are on no day of the chart, least of all the one they arrived.
            <p className="muted small" data-testid="undated-event-count">
              <T
                ar={<>أحداث غير مؤرخة (خارج الرسم): <bdi>{undatedEvents.count}</bdi></>}
                en={<>Undated events (not in the chart): <bdi>{undatedEvents.count}</bdi></>}
              />
            </p>
          ) : null}
        </section>
      </div>

      <section className="panel" aria-labelledby="by-status">
        <h2 id="by-status">
          <T ar="المقالات حسب الحالة" en="Articles by status" />
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
            <T ar="أحدث الأحداث" en="Latest events" />
          </h2>
          <Link href="/events">
            <T ar="كل الأحداث" en="All events" />
          </Link>
        </div>
        {latestEvents.length === 0 && undatedEvents.latest.length === 0 ? (
          <p className="panel empty">
            <T ar="لا توجد أحداث بعد" en="No events yet." />
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
              <T ar="أحداث غير مؤرخة وصلت مؤخراً" en="Undated events received lately" />
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
