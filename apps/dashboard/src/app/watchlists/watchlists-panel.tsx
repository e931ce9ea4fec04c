"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../../trpc/react";
import { LoadError, Loading } from "../_components/query-state";
import { T } from "../_components/t";
import { useFormat } from "../_components/use-format";
import { WatchRuleLabel } from "./watch-rule-label";

export function WatchlistsPanel() {
  const trpc = useTRPC();
  const format = useFormat();
  const lists = useQuery(trpc.watchlists.list.queryOptions());
  if (lists.isPending) return <Loading />;
  if (lists.isError)
    return (
      <LoadError
        what={{ k: "watchlists.watchlistsPanel.theWatchlists" }}
        error={lists.error}
        retry={() => void lists.refetch()}
      />
    );
  if (lists.data.length === 0)
    return (
      <p className="panel muted">
        <T k="watchlists.watchlistsPanel.noWatchlistsYet" />
      </p>
    );
  return (
    <div className="panel table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">
              <T k="watchlists.watchlistsPanel.watchlist" />
            </th>
            <th scope="col">
              <T k="watchlists.watchlistsPanel.rules" />
            </th>
            <th scope="col">
              <T k="watchlists.watchlistsPanel.unread" />
            </th>
          </tr>
        </thead>
        <tbody>
          {lists.data.map((w) => (
            <tr key={w.id} data-testid="watchlist-row">
              <td>
                <Link href={`/watchlists/${w.id}`} dir="auto">
                  {w.name}
                </Link>
                {w.shared ? (
                  <span className="muted">
                    {" "}
                    <T k="watchlists.watchlistsPanel.shared" />
                  </span>
                ) : null}
                {w.muted ? (
                  <span className="muted">
                    {" "}
                    <T k="watchlists.watchlistsPanel.muted" />
                  </span>
                ) : null}
              </td>
              <td>
                {w.rules.map((r, i) => (
                  <span key={r.id}>
                    {i > 0 ? format.comma : null}
                    <WatchRuleLabel rule={r} />
                  </span>
                ))}
              </td>
              <td>{w.unread}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
