"use client";

import type { WatchRuleInput } from "@marsad/schema/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { userMessage } from "../../trpc/error-message";
import { useTRPC } from "../../trpc/react";
import { T } from "./t";

/**
 * "Follow" where the analyst already is (a profile, an event's states, a search): makes a
 * watchlist named after what is followed, with that one rule, and links to it.
 */
export function FollowButton({ name, rule, label }: { name: string; rule: WatchRuleInput; label?: { ar: string; en: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const follow = useMutation(
    trpc.watchlists.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.watchlists.list.pathFilter()),
    }),
  );
  if (follow.data) {
    return (
      <p className="muted" role="status" data-testid="followed">
        <T ar="تُتابَع الآن:" en="Now following:" />{" "}
        <Link href={`/watchlists/${follow.data.id}`} dir="auto">
          {follow.data.name}
        </Link>
      </p>
    );
  }
  return (
    <span className="follow">
      <button type="button" data-testid="follow" disabled={follow.isPending} onClick={() => follow.mutate({ name, rules: [rule] })}>
        <T ar={label?.ar ?? "متابعة"} en={label?.en ?? "Follow"} />
      </button>
      {follow.error ? (
        <span className="error" role="alert" dir="auto">
          {" "}
          {userMessage(follow.error)}
        </span>
      ) : null}
    </span>
  );
}
