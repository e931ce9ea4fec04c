"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../../trpc/react";
import { LoadError, Loading } from "../_components/query-state";
import { T } from "../_components/t";

export function WatchlistsPanel() {
  const trpc = useTRPC();
  const lists = useQuery(trpc.watchlists.list.queryOptions());
  if (lists.isPending) return <Loading />;
  if (lists.isError)
    return (
      <LoadError
        what={{ ar: "المتابعات", en: "the watchlists" }}
        error={lists.error}
        retry={() => void lists.refetch()}
      />
    );
  if (lists.data.length === 0)
    return (
      <p className="panel muted">
        <T ar="لا متابعات بعد." en="No watchlists yet." />
      </p>
    );
  return (
    <div className="panel table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">
              <T ar="القائمة" en="Watchlist" />
            </th>
            <th scope="col">
              <T ar="القواعد" en="Rules" />
            </th>
            <th scope="col">
              <T ar="غير مقروء" en="Unread" />
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
                    <T ar="(مشتركة)" en="(shared)" />
                  </span>
                ) : null}
                {w.muted ? (
                  <span className="muted">
                    {" "}
                    <T ar="(مكتومة)" en="(muted)" />
                  </span>
                ) : null}
              </td>
              <td dir="auto">{w.rules.map((r) => r.label).join("، ")}</td>
              <td>{w.unread}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
