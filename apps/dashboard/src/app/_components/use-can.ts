"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc/react";

export type Ability = "submit" | "correct" | "manageFeeds" | "manageQueue" | "reprocess" | "manageUsers";

/**
 * Whether the reader's role allows an action, so a page offers only what will work (the server
 * checks again). False until known: a control appears once allowed rather than vanish when refused.
 */
export function useCan(ability: Ability): boolean {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }));
  return me.data?.can[ability] ?? false;
}
