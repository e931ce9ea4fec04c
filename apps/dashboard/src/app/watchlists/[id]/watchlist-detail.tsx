"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../../trpc/react";
import { LocalTime } from "../../_components/local-time";
import { LoadError, Loading } from "../../_components/query-state";
import { T, useText } from "../../_components/t";
import { AddRuleForm } from "./add-rule-form";
import { DeliveriesTable } from "./deliveries-table";
import { UserMessage } from "../../_components/user-message";
import { WatchRuleKindLabel, WatchRuleLabel } from "../watch-rule-label";

/** One watchlist: its rules, its webhook and Atom feed, and the last webhook deliveries. */
export function WatchlistDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const say = useText();
  const router = useRouter();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.watchlists.byId.queryOptions({ id }, { refetchInterval: 10_000 }));
  const refresh = () => queryClient.invalidateQueries(trpc.watchlists.pathFilter());
  const update = useMutation(trpc.watchlists.update.mutationOptions({ onSuccess: refresh }));
  // Removing a rule or the watchlist asks first (neither can be undone) and says what it did.
  const [confirming, setConfirming] = useState<{ rule: string } | "watchlist" | null>(null);
  const [ruleRemoved, setRuleRemoved] = useState(false);
  const removeRule = useMutation(
    trpc.watchlists.removeRule.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        setRuleRemoved(true);
        return refresh();
      },
    }),
  );
  const newFeed = useMutation(trpc.watchlists.newFeed.mutationOptions({ onSuccess: refresh }));
  const revokeFeed = useMutation(trpc.watchlists.revokeFeed.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.watchlists.remove.mutationOptions({
      // The list page says which watchlist went: this page is gone with it.
      onSuccess: () => router.push(`/watchlists?deleted=${encodeURIComponent(list.data?.name ?? "")}`),
    }),
  );
  const [webhook, setWebhook] = useState<string | null>(null);

  if (list.isPending) return <Loading />;
  if (list.isError)
    return (
      <LoadError
        what={{ k: "watchlists.item.watchlistDetail.theWatchlist" }}
        error={list.error}
        retry={() => void list.refetch()}
      />
    );
  const w = list.data;
  const error = update.error ?? removeRule.error ?? newFeed.error ?? revokeFeed.error ?? remove.error;
  function saveWebhook(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ id, changes: { webhookUrl: (webhook ?? w.webhookUrl ?? "").trim() || null } });
  }

  return (
    <article data-watchlist-id={w.id}>
      <h1 dir="auto">{w.name}</h1>
      {error ? (
        <p className="panel error" role="alert" dir="auto">
          <UserMessage error={error} />
        </p>
      ) : null}
      <section className="panel">
        <h2>
          <T k="watchlists.item.watchlistDetail.rules" />
        </h2>
        <ul>
          {w.rules.map((r) => (
            <li key={r.id} data-testid="watch-rule">
              <WatchRuleLabel rule={r} />{" "}
              <span className="muted">
                (<WatchRuleKindLabel rule={r} />)
              </span>{" "}
              {confirming !== null && confirming !== "watchlist" && confirming.rule === r.id ? (
                <>
                  <button
                    type="button"
                    className="button danger small-button"
                    disabled={removeRule.isPending}
                    onClick={() => removeRule.mutate({ id, ruleId: r.id })}
                  >
                    <T k="watchlists.item.watchlistDetail.confirmRemove" />
                  </button>{" "}
                  <button type="button" className="button secondary small-button" onClick={() => setConfirming(null)}>
                    <T k="watchlists.item.watchlistDetail.cancel" />
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="secondary danger small-button"
                  onClick={() => {
                    setRuleRemoved(false);
                    setConfirming({ rule: r.id });
                  }}
                >
                  <T k="watchlists.item.watchlistDetail.remove" />
                </button>
              )}
            </li>
          ))}
        </ul>
        {ruleRemoved ? (
          <p className="notice" role="status" data-testid="watchlist-action-result">
            <T k="watchlists.item.watchlistDetail.theRuleWasRemoved" />
          </p>
        ) : null}
        <AddRuleForm watchlistId={id} />
        <p className="actions">
          <button type="button" className="secondary" onClick={() => update.mutate({ id, changes: { muted: !w.muted } })}>
            {w.muted ? <T k="watchlists.item.watchlistDetail.unmute" /> : <T k="watchlists.item.watchlistDetail.mute" />}
          </button>{" "}
          {confirming === "watchlist" ? null : (
            <button type="button" className="secondary danger" onClick={() => setConfirming("watchlist")}>
              <T k="watchlists.item.watchlistDetail.deleteWatchlist" />
            </button>
          )}
        </p>
        {confirming === "watchlist" ? (
          <p data-testid="confirm-delete">
            <T k="watchlists.item.watchlistDetail.deleteAsksFirst" />{" "}
            <button type="button" className="button danger small-button" disabled={remove.isPending} onClick={() => remove.mutate({ id })}>
              <T k="watchlists.item.watchlistDetail.confirmDelete" />
            </button>{" "}
            <button type="button" className="button secondary small-button" onClick={() => setConfirming(null)}>
              <T k="watchlists.item.watchlistDetail.cancel" />
            </button>
          </p>
        ) : null}
      </section>
      <section className="panel">
        <h2>
          <T k="watchlists.item.watchlistDetail.atomFeed" />
        </h2>
        {newFeed.data ? (
          <p data-testid="feed-url" dir="ltr">
            {typeof window === "undefined"
              ? newFeed.data.path
              : `${window.location.origin}${newFeed.data.path}`}
          </p>
        ) : null}
        <p>
          <button type="button" onClick={() => newFeed.mutate({ id })}>
            {w.feedActive ? (
              <T k="watchlists.item.watchlistDetail.newUrlRevokesTheOld" />
            ) : (
              <T k="watchlists.item.watchlistDetail.makeASecretUrl" />
            )}
          </button>{" "}
          {w.feedActive ? (
            <button type="button" onClick={() => revokeFeed.mutate({ id })}>
              <T k="watchlists.item.watchlistDetail.revoke" />
            </button>
          ) : null}
        </p>
      </section>
      <section className="panel">
        <h2>
          <T k="watchlists.item.watchlistDetail.webhook" />
        </h2>
        <form onSubmit={saveWebhook} className="form">
          <input
            type="url"
            dir="ltr"
            aria-label={say("watchlists.item.watchlistDetail.webhookUrl")}
            placeholder="https://…/hook"
            value={webhook ?? w.webhookUrl ?? ""}
            onChange={(e) => setWebhook(e.target.value)}
          />{" "}
          <button type="submit">
            <T k="watchlists.item.watchlistDetail.save" />
          </button>
        </form>
        {w.webhookSecret ? (
          <p className="muted">
            <T k="watchlists.item.watchlistDetail.signingKeyHmacSha256Of" />:{" "}
            <code dir="ltr">{w.webhookSecret}</code>
          </p>
        ) : null}
        <DeliveriesTable deliveries={w.deliveries} />
      </section>
      <p className="muted">
        <T k="watchlists.item.watchlistDetail.created" /> <LocalTime value={w.createdAt} />
      </p>
    </article>
  );
}
