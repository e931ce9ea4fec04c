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
import { useFormat } from "../_components/use-format";
import { WatchRuleLabel } from "../watchlists/watch-rule-label";
import type { Label } from "../../i18n/message-key";
import { EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import { alertMessage } from "./alert-message";

type AlertItem = inferRouterOutputs<AppRouter>["alerts"]["list"]["items"][number];

const KIND = {
  "new-event": { k: "alerts.alertsInbox.newEvent" },
  "new-report": { k: "alerts.alertsInbox.newReport" },
  mention: { k: "alerts.alertsInbox.mention" },
  "new-title": { k: "alerts.alertsInbox.newTitle" },
  search: { k: "alerts.alertsInbox.savedSearch" },
  topic: { k: "alerts.alertsInbox.topic" },
} as const;

/**
 * The alert's sentence in the inbox: the badge before it already names an event's kind ("New
 * event"), so the sentence starts at the event's type instead of saying it again.
 */
function inboxMessage(a: AlertItem): Label {
  if ((a.kind === "new-event" || a.kind === "new-report") && a.facts.eventSummary !== null)
    return {
      k: "alerts.alertsInbox.eventOfType",
      values: { type: { k: EVENT_TYPE_LABELS[a.facts.eventType ?? "other"] }, summary: a.facts.eventSummary },
    };
  return alertMessage(a);
}

/** Where an alert leads: the event it is about, the profile whose title changed, else the article. */
export function alertHref(a: Pick<AlertItem, "eventId" | "entityId" | "kind" | "articleId">): string {
  if (a.eventId) return `/events/${a.eventId}`;
  if (a.kind === "new-title" && a.entityId) return `/entities/${a.entityId}`;
  return `/articles/${a.articleId}`;
}

export function AlertsInbox() {
  const trpc = useTRPC();
  const format = useFormat();
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
        what={{ k: "alerts.alertsInbox.theAlerts" }}
        error={alerts.error}
        retry={() => void alerts.refetch()}
      />
    );
  const groups = new Map<string, AlertItem[]>();
  for (const a of alerts.data.items) groups.set(a.watchlistId, [...(groups.get(a.watchlistId) ?? []), a]);

  return (
    <>
      <p className="panel">
        <span data-testid="inbox-unread" data-count={alerts.data.unread}>
          <T k="alerts.alertsInbox.unreadCount" values={{ count: alerts.data.unread }} />
        </span>{" "}
        <label>
          <input type="checkbox" checked={showRead} onChange={(e) => setShowRead(e.target.checked)} />{" "}
          <T k="alerts.alertsInbox.showRead" />
        </label>
      </p>
      {groups.size === 0 ? (
        <p className="panel muted" data-testid="inbox-empty">
          <T k="alerts.alertsInbox.nothingNewInWhatYou" />{" "}
          <Link href="/watchlists">
            <T k="alerts.alertsInbox.watchlists" />
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
              <T k="alerts.alertsInbox.markAllRead" />
            </button>{" "}
            <button
              type="button"
              onClick={() => mute.mutate({ id: watchlistId, changes: { muted: true } })}
              disabled={mute.isPending}
            >
              <T k="alerts.alertsInbox.mute" />
            </button>
          </p>
          <ul className="alert-list">
            {items.map((a) => (
              <li key={a.id} data-testid="alert" data-kind={a.kind} data-read={a.read ? "true" : "false"}>
                <span className="badge">
                  <T {...KIND[a.kind]} />
                </span>{" "}
                <Link
                  href={alertHref(a)}
                  dir="auto"
                  data-testid="alert-link"
                  onClick={() => (a.read ? undefined : markRead.mutate({ alertIds: [a.id], watchlistId: a.watchlistId }))}
                >
                  <T {...inboxMessage(a)} />
                </Link>{" "}
                {a.facts.countries.length || a.facts.date ? (
                  <span className="muted small" data-testid="alert-event-data">
                    {a.facts.countries.map(format.country).join(" – ")}
                    {a.facts.countries.length && a.facts.date ? " · " : null}
                    {a.facts.date ? format.day(a.facts.date) : null}
                  </span>
                ) : null}{" "}
                <span className="muted">
                  <WatchRuleLabel rule={a.rule} /> · <LocalTime value={a.createdAt} />
                </span>{" "}
                {a.read ? null : (
                  <button
                    type="button"
                    onClick={() => markRead.mutate({ alertIds: [a.id], watchlistId: a.watchlistId })}
                    disabled={markRead.isPending}
                  >
                    <T k="alerts.alertsInbox.read" />
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
