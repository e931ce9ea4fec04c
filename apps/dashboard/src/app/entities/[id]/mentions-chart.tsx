"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc/react";
import { BarChart } from "../../_components/bar-chart";
import { LoadError, Loading } from "../../_components/query-state";
import { T, useText } from "../../_components/t";

/** Months the chart shows at least, so one busy month is a bar and not a wall. */
const MIN_MONTHS = 12;

/**
 * Every month from the first to the last one counted, so quiet months show as gaps; extended
 * back to MIN_MONTHS months before the last one.
 */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const earliest = ly * 12 + (lm - 1) - (MIN_MONTHS - 1);
  if (y * 12 + (m - 1) > earliest) [y, m] = [Math.floor(earliest / 12), (earliest % 12) + 1];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export function MentionsChart({ entityId }: { entityId: string }) {
  const trpc = useTRPC();
  const say = useText();
  const query = useQuery(trpc.entities.mentionsPerMonth.queryOptions({ id: entityId }));
  return (
    <section className="panel" aria-labelledby="mentions-chart">
      <h2 id="mentions-chart">
        <T k="entities.item.mentionsChart.mentionsPerMonth" />
      </h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError
          what={{ k: "entities.item.mentionsChart.theMentions" }}
          error={query.error}
          retry={() => void query.refetch()}
        />
      ) : query.data.months.length === 0 && query.data.undated.articles === 0 ? (
        <p className="muted">
          <T k="entities.item.mentionsChart.noMentions" />
        </p>
      ) : (
        (() => {
          const { months: rows, undated } = query.data;
          const counts = new Map(rows.map((r) => [r.month, r.mentions]));
          const months = rows.length ? monthRange(rows[0]!.month, rows[rows.length - 1]!.month) : [];
          const total = rows.reduce((n, r) => n + r.mentions, 0);
          return (
            <>
              {months.length > 0 && (
                <BarChart
                  testId="chart-mentions"
                  bars={months.map((month) => ({ label: month, value: counts.get(month) ?? 0 }))}
                  summary={say("entities.item.mentionsChart.chartSummary", { total })}
                />
              )}
              {undated.articles > 0 && (
                // Articles of unknown publication date are on no month: never on the day they arrived.
                <p className="muted" data-testid="mentions-undated">
                  <T k="entities.item.mentionsChart.undatedMentions" values={{ mentions: undated.mentions, articles: undated.articles }} />
                  {undated.firstArrived && (
                    <>
                      {" "}
                      (<T k="entities.item.mentionsChart.arrived" /> <bdi dir="ltr">{new Date(undated.firstArrived).toISOString().slice(0, 10)}</bdi>
                      {undated.lastArrived && new Date(undated.lastArrived).toISOString().slice(0, 10) !== new Date(undated.firstArrived).toISOString().slice(0, 10) && (
                        <>
                          {" – "}
                          <bdi dir="ltr">{new Date(undated.lastArrived).toISOString().slice(0, 10)}</bdi>
                        </>
                      )}
                      )
                    </>
                  )}
                </p>
              )}
            </>
          );
        })()
      )}
    </section>
  );
}
