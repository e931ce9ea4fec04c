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
      <FeedTable feeds={feeds} />
    </>
  );
}

function FeedTable({ feeds }: { feeds: UseQueryResult<Feed[], TRPCClientErrorLike<AppRouter>> }) {
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
      <table className="data-table">
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
          </tr>
        </thead>
        <tbody>
          {feeds.data.map((feed) => (
            <tr key={feed.id} data-testid="feed-row" data-feed-url={feed.url}>
              <td>
                <div dir="auto">{feed.title ?? "—"}</div>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
