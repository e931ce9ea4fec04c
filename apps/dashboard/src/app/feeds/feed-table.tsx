"use client";

import type { AppRouter } from "@marsad/api";
import type { Feed } from "@marsad/schema/tables";
import { useMutation, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import { useState } from "react";
import type { MessageKey } from "../../i18n/message-key";
import { useTRPC } from "../../trpc/react";
import { T } from "../_components/t";
import { FieldProblem } from "../_components/field-problem";
import { UserMessage } from "../_components/user-message";
import { FeedEditRow } from "./feed-edit-row";
import { FeedRow } from "./feed-row";

/** What the last action did, said once above the table (a live region). */
const DONE_MESSAGES = {
  updated: "feeds.feedsPanel.feedSavedItIsPolled",
  removed: "feeds.feedsPanel.feedDeletedTheArticlesIt",
  paused: "feeds.feedsPanel.feedPaused",
  resumed: "feeds.feedsPanel.feedResumed",
} satisfies Record<string, MessageKey>;

/** The registered feeds with their poll state; those who manage feeds edit, pause, resume and delete them here. */
export function FeedTable({
  feeds,
  canManage,
}: {
  feeds: UseQueryResult<Feed[], TRPCClientErrorLike<AppRouter>>;
  canManage: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // One row is edited or asked to confirm its deletion at a time; every action says what it did.
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<keyof typeof DONE_MESSAGES | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.feeds.list.pathFilter());
  // The list is re-read before a mutation counts as settled, so a row's buttons come back with its new state.
  const settle = (what: keyof typeof DONE_MESSAGES, close?: () => void) => ({
    onSuccess: () => {
      close?.();
      setDone(what);
    },
    onSettled: refresh,
  });
  const update = useMutation(trpc.feeds.update.mutationOptions(settle("updated", () => setEditing(null))));
  const remove = useMutation(trpc.feeds.remove.mutationOptions(settle("removed", () => setConfirming(null))));
  const pause = useMutation(trpc.feeds.pause.mutationOptions(settle("paused")));
  const resume = useMutation(trpc.feeds.resume.mutationOptions(settle("resumed")));
  const actionError = update.error ?? remove.error ?? pause.error ?? resume.error;
  const busyWith = (id: string) => [remove, pause, resume].some((m) => m.isPending && m.variables?.id === id);
  const startAction = () => {
    setDone(null);
    for (const m of [update, remove, pause, resume]) m.reset();
  };

  if (feeds.isPending)
    return (
      <p className="panel muted" role="status">
        <T k="feeds.feedsPanel.loading" />
      </p>
    );
  if (feeds.isError)
    return (
      <div className="panel error" role="alert">
        <p>
          <T k="feeds.feedsPanel.couldNotLoadFeeds" /> <UserMessage error={feeds.error} />
        </p>
        <button type="button" onClick={() => void feeds.refetch()}>
          <T k="feeds.feedsPanel.retry" />
        </button>
      </div>
    );
  if (feeds.data.length === 0)
    return (
      <p className="panel muted">
        <T k="feeds.feedsPanel.noFeedsRegisteredYet" />
      </p>
    );
  const columns = canManage ? 7 : 6;
  return (
    <div className="panel table-wrap">
      {actionError ? (
        <p className="error" role="alert" dir="auto">
          <T k="feeds.feedsPanel.couldNotDoIt" />:{" "}
          {actionError.data?.fieldError ? (
            <FieldProblem error={actionError.data.fieldError} named />
          ) : (
            <UserMessage error={actionError} />
          )}
        </p>
      ) : null}
      {done ? (
        <p className="notice" role="status" data-testid="feed-action-result">
          <T k={DONE_MESSAGES[done]} />
        </p>
      ) : null}
      <table className="data-table" tabIndex={0}>
        <thead>
          <tr>
            <th scope="col">
              <T k="feeds.feedsPanel.feed" />
            </th>
            <th scope="col">
              <T k="feeds.feedsPanel.every" />
            </th>
            <th scope="col">
              <T k="feeds.feedsPanel.lastPolled" />
            </th>
            <th scope="col">
              <T k="feeds.feedsPanel.new" />
            </th>
            <th scope="col">
              <T k="feeds.feedsPanel.total" />
            </th>
            <th scope="col">
              <T k="feeds.feedsPanel.lastError" />
            </th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">
                  <T k="feeds.feedsPanel.actions" />
                </span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {feeds.data.map((feed) =>
            editing === feed.id ? (
              <FeedEditRow
                key={feed.id}
                feed={feed}
                columns={columns}
                saving={update.isPending}
                onSave={(patch) => update.mutate({ id: feed.id, ...patch })}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <FeedRow
                key={feed.id}
                feed={feed}
                confirmingDelete={confirming === feed.id}
                busy={busyWith(feed.id)}
                actions={
                  canManage
                    ? {
                        edit: () => {
                          startAction();
                          setConfirming(null);
                          setEditing(feed.id);
                        },
                        askDelete: () => {
                          startAction();
                          setConfirming(feed.id);
                        },
                        cancelDelete: () => setConfirming(null),
                        confirmDelete: () => remove.mutate({ id: feed.id }),
                        setPaused: (paused) => {
                          startAction();
                          (paused ? pause : resume).mutate({ id: feed.id });
                        },
                      }
                    : null
                }
              />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
