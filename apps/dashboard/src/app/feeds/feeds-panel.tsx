"use client";

import type { AppRouter } from "@marsad/api";
import type { Feed } from "@marsad/schema/tables";
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../trpc/react";
import { SubmitActions } from "../_components/form-parts";
import { LocalTime } from "../_components/local-time";
import { T } from "../_components/t";
import { useCan } from "../_components/use-can";
import { UserMessage } from "../_components/user-message";

/** How often the list re-reads poll status (polls run in the worker, on their own schedule). */
const FEEDS_REFRESH_MS = 5000;

export function FeedsPanel() {
  const canManage = useCan("manageFeeds");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState("");
  const [intervalMinutes, setIntervalMinutes] = useState("30");
  const feeds = useQuery(trpc.feeds.list.queryOptions(undefined, { refetchInterval: FEEDS_REFRESH_MS }));
  const register = useMutation(
    trpc.feeds.register.mutationOptions({
      onSuccess: async () => {
        setUrl("");
        await queryClient.invalidateQueries(trpc.feeds.list.pathFilter());
      },
    }),
  );
  const fieldError = register.error?.data?.fieldError ?? null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.mutate({ url: url.trim(), intervalMinutes: Number(intervalMinutes) });
  }

  return (
    <>
      {canManage ? null : (
        <p className="muted" data-testid="feeds-admin-only">
          <T k="feeds.feedsPanel.registeringFeedsIsForAdmins" />
        </p>
      )}
      {canManage ? (
        <form className="panel form" onSubmit={onSubmit} noValidate>
          <div className="field-row">
            <div className="field">
              <label htmlFor="feed-url">
                <T k="feeds.feedsPanel.feedUrl" sep="/" />
              </label>
              <input
                id="feed-url"
                type="url"
                dir="ltr"
                required
                placeholder="https://…/rss.xml"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                aria-invalid={fieldError?.path === "url" ? true : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor="feed-interval">
                <T k="feeds.feedsPanel.intervalMinutes" sep="/" />
              </label>
              <input
                id="feed-interval"
                type="number"
                min={1}
                max={1440}
                dir="ltr"
                value={intervalMinutes}
                onChange={(e) => setIntervalMinutes(e.target.value)}
              />
            </div>
          </div>
          {register.error ? (
            <p className="error" role="alert" dir="auto">
              <T k="feeds.feedsPanel.couldNotRegister" />{" "}
              {fieldError ? <bdi>{fieldError.message}</bdi> : <UserMessage error={register.error} />}
            </p>
          ) : null}
          {register.data ? (
            <p className="muted" role="status" data-testid="feed-registered">
              <T k={register.data.created ? "feeds.feedsPanel.feedRegistered" : "feeds.feedsPanel.alreadyRegistered"} />
            </p>
          ) : null}
          <SubmitActions label={{ k: "feeds.feedsPanel.register" }} disabled={register.isPending} />
        </form>
      ) : null}
      <FeedTable feeds={feeds} canManage={canManage} />
    </>
  );
}

function FeedTable({
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
  const [done, setDone] = useState<"updated" | "removed" | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.feeds.list.pathFilter());
  const update = useMutation(
    trpc.feeds.update.mutationOptions({
      onSuccess: () => {
        setEditing(null);
        setDone("updated");
      },
      onSettled: refresh,
    }),
  );
  const remove = useMutation(
    trpc.feeds.remove.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        setDone("removed");
      },
      onSettled: refresh,
    }),
  );
  const actionError = update.error ?? remove.error;

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
  return (
    <div className="panel table-wrap">
      {actionError ? (
        <p className="error" role="alert" dir="auto">
          <T k="feeds.feedsPanel.couldNotDoIt" />:{" "}
          {actionError.data?.fieldError ? <bdi>{actionError.data.fieldError.message}</bdi> : <UserMessage error={actionError} />}
        </p>
      ) : null}
      {done ? (
        <p className="notice" role="status" data-testid="feed-action-result">
          {done === "updated" ? (
            <T
              k="feeds.feedsPanel.feedSavedItIsPolled"
            />
          ) : (
            <T
              k="feeds.feedsPanel.feedDeletedTheArticlesIt"
            />
          )}
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
                columns={canManage ? 7 : 6}
                saving={update.isPending}
                onSave={(patch) => update.mutate({ id: feed.id, ...patch })}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <tr key={feed.id} data-testid="feed-row" data-feed-url={feed.url}>
                <td>
                  <div dir="auto" data-testid="feed-title">
                    {feed.title ?? (
                      <span className="muted">
                        {feed.lastPolledAt ? (
                          <T k="feeds.feedsPanel.theFeedGivesNoTitle" />
                        ) : (
                          <T k="feeds.feedsPanel.titleShownAfterTheFirst" />
                        )}
                      </span>
                    )}
                  </div>
                  <div className="muted" dir="ltr">
                    {feed.url}
                  </div>
                </td>
                <td dir="ltr">{feed.intervalMinutes} min</td>
                <td>
                  {feed.lastPolledAt ? (
                    <LocalTime value={feed.lastPolledAt} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-testid="feed-new">{feed.lastNewItems}</td>
                <td data-testid="feed-total">{feed.totalItems}</td>
                <td className={feed.lastError ? "field-error" : "muted"} dir="auto">
                  {feed.lastError ?? "—"}
                </td>
                {canManage ? (
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button secondary small-button"
                        onClick={() => {
                          setDone(null);
                          setConfirming(null);
                          setEditing(feed.id);
                        }}
                      >
                        <T k="feeds.feedsPanel.edit" />
                      </button>
                      {confirming === feed.id ? (
                        <>
                          <button
                            type="button"
                            className="button danger small-button"
                            disabled={remove.isPending}
                            onClick={() => remove.mutate({ id: feed.id })}
                          >
                            <T k="feeds.feedsPanel.confirmDelete" />
                          </button>
                          <button
                            type="button"
                            className="button secondary small-button"
                            onClick={() => setConfirming(null)}
                          >
                            <T k="feeds.feedsPanel.cancel" />
                          </button>
                        </>
                      ) : (
                        <button
                          type="button"
                          className="button secondary small-button"
                          onClick={() => {
                            setDone(null);
                            setConfirming(feed.id);
                          }}
                        >
                          <T k="feeds.feedsPanel.delete" />
                        </button>
                      )}
                    </div>
                  </td>
                ) : null}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A feed's row as a small form: its URL and interval, saved together. */
function FeedEditRow({
  feed,
  columns,
  saving,
  onSave,
  onCancel,
}: {
  feed: Feed;
  columns: number;
  saving: boolean;
  onSave: (patch: { url: string; intervalMinutes: number }) => void;
  onCancel: () => void;
}) {
  const [url, setUrl] = useState(feed.url);
  const [minutes, setMinutes] = useState(String(feed.intervalMinutes));
  const urlId = `feed-edit-url-${feed.id}`;
  const intervalId = `feed-edit-interval-${feed.id}`;
  return (
    <tr data-testid="feed-edit-row" data-feed-url={feed.url}>
      <td colSpan={columns}>
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            onSave({ url: url.trim(), intervalMinutes: Number(minutes) });
          }}
        >
          <div className="field">
            <label htmlFor={urlId}>
              <T k="feeds.feedsPanel.feedUrl" sep="/" />
            </label>
            <input
              id={urlId}
              type="url"
              dir="ltr"
              required
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={intervalId}>
              <T k="feeds.feedsPanel.intervalMinutes" sep="/" />
            </label>
            <input
              id={intervalId}
              type="number"
              min={1}
              max={1440}
              dir="ltr"
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          </div>
          <div className="row-actions">
            <button type="submit" className="small-button" disabled={saving}>
              <T k="feeds.feedsPanel.save" />
            </button>
            <button type="button" className="button secondary small-button" onClick={onCancel}>
              <T k="feeds.feedsPanel.cancel" />
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
