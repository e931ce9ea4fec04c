"use client";

import type { WatchRuleInput } from "@marsad/schema/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type { Label } from "../../i18n/message-key";
import { useTRPC } from "../../trpc/react";
import { T } from "./t";
import { UserMessage } from "./user-message";

/**
 * "Follow" where the analyst already is (a profile, an event's states, a search): makes a
 * watchlist named after what is followed, with that one rule, and links to it.
 */
export function FollowButton({ name, rule, label }: { name: string; rule: WatchRuleInput; label?: Label }) {
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
        <T k="common.followButton.nowFollowing" />{" "}
        <Link href={`/watchlists/${follow.data.id}`} dir="auto">
          {follow.data.name}
        </Link>
      </p>
    );
  }
  return (
    <span className="follow">
      <button type="button" data-testid="follow" disabled={follow.isPending} onClick={() => follow.mutate({ name, rules: [rule] })}>
        {label ? <T {...label} /> : <T k="common.followButton.follow" />}
      </button>
      {follow.error ? (
        <span className="error" role="alert" dir="auto">
          {" "}
          <UserMessage error={follow.error} />
        </span>
      ) : null}
    </span>
  );
}
