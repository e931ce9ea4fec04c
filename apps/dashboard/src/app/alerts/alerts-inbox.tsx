"use client";

import type { AppRouter } from "@marsad/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "../../trpc/react";
import { LocalTime } from "../_components/local-time";
import { LoadError, Loading } from "../_components/query-state";
import { T } from "../_components/t";

type AlertItem = inferRouterOutputs<AppRouter>["alerts"]["list"]["items"][number];

const KIND = {
  "new-event": { ar: "حدث جديد", en: "New event" },
  "new-report": { ar: "تغطية جديدة", en: "New report" },
  mention: { ar: "ذِكر", en: "Mention" },
  "new-title": { ar: "صفة جديدة", en: "New title" },
  search: { ar: "بحث محفوظ", en: "Saved search" },
  topic: { ar: "موضوع", en: "Topic" },
} as const;

/** Where an alert leads: the event it is about, the profile whose title changed, else the article. */
export function alertHref(a: Pick<AlertItem, "eventId" | "entityId" | "kind" | "articleId">): string {
  if (a.eventId) return `/events/${a.eventId}`;
  if (a.kind === "new-title" && a.entityId) return `/entities/${a.entityId}`;
  return `/articles/${a.articleId}`;
}

export function AlertsInbox() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [showRead, setShowRead] = useState(false);
  const alerts = useQuery(
    trpc.alerts.list.queryOptions(
      { limit: 200, ...(showRead ? {} : { unread: true }) },
      { refetchInterval: 10_000 },
    ),
  );
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.alerts.pathFilter()),
      queryClient.invalidateQueries(trpc.watchlists.pathFilter()),
    ]);
  const markRead = useMutation(trpc.alerts.markRead.mutationOptions({ onSuccess: refresh }));
  const mute = useMutation(trpc.watchlists.update.mutationOptions({ onSuccess: refresh }));

  if (alerts.isPending) return <Loading />;
  if (alerts.isError)
    return (
      <LoadError
        what={{ ar: "التنبيهات", en: "the alerts" }}
        error={alerts.error}
        retry={() => void alerts.refetch()}
      />
    );
  const groups = new Map<string, AlertItem[]>();
  for (const a of alerts.data.items) groups.set(a.watchlistId, [...(groups.get(a.watchlistId) ?? []), a]);

  return (
    <>
      <p className="panel">
        <span data-testid="inbox-unread">{alerts.data.unread}</span> <T ar="غير مقروء" en="unread" />{" "}
        <label>
          <input type="checkbox" checked={showRead} onChange={(e) => setShowRead(e.target.checked)} />{" "}
          <T ar="إظهار المقروء" en="Show read" />
        </label>
      </p>
      {groups.size === 0 ? (
        <p className="panel muted" data-testid="inbox-empty">
          <T ar="لا جديد فيما تتابعه." en="Nothing new in what you follow." />{" "}
          <Link href="/watchlists">
            <T ar="قوائم المتابعة" en="Watchlists" />
          </Link>
        </p>
      ) : null}
      {[...groups.entries()].map(([watchlistId, items]) => (
        <section key={watchlistId} className="panel" data-testid="inbox-group">
          <h2 dir="auto">
            <Link href={`/watchlists/${watchlistId}`}>{items[0]!.watchlistName}</Link>
          </h2>
          <p>
            <button
              type="button"
              onClick={() => markRead.mutate({ watchlistId })}
              disabled={markRead.isPending}
            >
              <T ar="تعليم الكل كمقروء" en="Mark all read" />
            </button>{" "}
            <button
              type="button"
              onClick={() => mute.mutate({ id: watchlistId, changes: { muted: true } })}
              disabled={mute.isPending}
            >
              <T ar="كتم" en="Mute" />
            </button>
          </p>
          <ul className="alert-list">
            {items.map((a) => (
              <li key={a.id} data-testid="alert" data-read={a.read ? "true" : "false"}>
                <span className="badge">
                  <T
                    ar={KIND[a.kind as keyof typeof KIND]?.ar ?? a.kind}
                    en={KIND[a.kind as keyof typeof KIND]?.en ?? a.kind}
                  />
                </span>{" "}
                <Link
                  href={alertHref(a)}
                  dir="auto"
                  data-testid="alert-link"
                  onClick={() => (a.read ? undefined : markRead.mutate({ alertIds: [a.id] }))}
                >
                  {a.summary}
                </Link>{" "}
                <span className="muted" dir="auto">
                  {a.ruleLabel} · <LocalTime value={a.createdAt} />
                </span>{" "}
                {a.read ? null : (
                  <button
                    type="button"
                    onClick={() => markRead.mutate({ alertIds: [a.id] })}
                    disabled={markRead.isPending}
                  >
                    <T ar="مقروء" en="Read" />
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
