"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc/react";
import { useText } from "./t";

/** How often the navigation re-reads the unread count (alerts arrive from the worker). */
const UNREAD_REFRESH_MS = 10_000;

/** The unread-alert count beside "Alerts" in the navigation; nothing when there is none. */
export function UnreadAlerts() {
  const trpc = useTRPC();
  const say = useText();
  const unread = useQuery(trpc.alerts.unreadCount.queryOptions(undefined, { refetchInterval: UNREAD_REFRESH_MS }));
  if (!unread.data) return null;
  return (
    <span className="badge" data-testid="unread-count" aria-label={say("alerts.alertsInbox.unreadCount", { count: unread.data })}>
      {unread.data}
    </span>
  );
}
