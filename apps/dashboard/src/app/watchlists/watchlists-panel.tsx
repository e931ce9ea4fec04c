"use client";

import { useQuery } from "@tanstack/react-query";
import type { WatchlistPageQuery } from "@marsad/schema";
import Link from "next/link";
import { useTRPC } from "../../trpc/react";
import { LoadError, Loading } from "../_components/query-state";
import { T, useText } from "../_components/t";
import { useFormat } from "../_components/use-format";
import { WatchRuleKindLabel, WatchRuleLabel } from "./watch-rule-label";

/** The href of a neighbouring page: the cursor replaces this page's. */
const pageHref = (cursor: { after: string } | { before: string }) =>
  `/watchlists?${new URLSearchParams(cursor).toString()}`;

export function WatchlistsPanel({ page }: { page: WatchlistPageQuery }) {
  const trpc = useTRPC();
  const format = useFormat();
  const say = useText();
  const lists = useQuery(trpc.watchlists.list.queryOptions(page));
  if (lists.isPending) return <Loading />;
  if (lists.isError)
    return (
      <LoadError
        what={{ k: "watchlists.watchlistsPanel.theWatchlists" }}
        error={lists.error}
        retry={() => void lists.refetch()}
      />
    );
  const { items, newer, older } = lists.data;
  if (items.length === 0)
    return (
      <p className="panel muted">
        <T k="watchlists.watchlistsPanel.noWatchlistsYet" />
      </p>
    );
  return (
    <>
      <div className="panel table-wrap">
        <table className="data-table stacked-on-phone">
          <thead>
            <tr>
              <th scope="col">
                <T k="watchlists.watchlistsPanel.watchlist" />
              </th>
              <th scope="col">
                <T k="watchlists.watchlistsPanel.rules" />
              </th>
              <th scope="col" className="num">
                <T k="watchlists.watchlistsPanel.unread" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((w) => (
              // One card per watchlist on a phone, each value under its column's name (data-label).
              <tr key={w.id} data-testid="watchlist-row">
                <td data-label={say("watchlists.watchlistsPanel.watchlist")}>
                  <span>
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
                  </span>
                </td>
                <td data-label={say("watchlists.watchlistsPanel.rules")}>
                  <span>
                    {w.rules.length === 0 ? (
                      <span className="muted">
                        <T k="watchlists.watchlistsPanel.noRulesYet" />
                      </span>
                    ) : null}
                    {w.rules.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 ? format.comma : null}
                        <WatchRuleLabel rule={r} />{" "}
                        <span className="muted">
                          (<WatchRuleKindLabel rule={r} />)
                        </span>
                      </span>
                    ))}
                  </span>
                </td>
                <td className="num" data-label={say("watchlists.watchlistsPanel.unread")}>
                  <span>{w.unread}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {newer || older ? (
        <nav className="pager" aria-label={say("watchlists.watchlistsPanel.pages")}>
          {newer ? (
            <Link href={pageHref({ before: newer })} rel="prev" data-testid="watchlists-newer">
              <T k="watchlists.watchlistsPanel.newer" />
            </Link>
          ) : null}
          {older ? (
            <Link href={pageHref({ after: older })} rel="next" data-testid="watchlists-older">
              <T k="watchlists.watchlistsPanel.older" />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
