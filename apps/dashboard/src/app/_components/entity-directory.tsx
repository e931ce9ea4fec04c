"use client";

import type { EntityType } from "@marsad/schema/tables";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useId, useState } from "react";
import { countryName } from "../../lib/analyst-labels";
import { useTRPC } from "../../trpc/react";
import { LoadError, Loading } from "./query-state";
import { T } from "./t";

const LIMIT = 100;

/**
 * A directory of one kind of entity: the most mentioned first, or the best matches of a search
 * (entities.list tolerates spelling variants: hamza forms, ta marbuta, "عبد" joined or not).
 */
export function EntityDirectory({ type, noun }: { type: EntityType; noun: { ar: string; en: string } }) {
  const trpc = useTRPC();
  const searchId = useId();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q.trim());
  const list = useQuery(
    trpc.entities.list.queryOptions(
      { type, q: deferred || undefined, limit: LIMIT },
      { placeholderData: keepPreviousData },
    ),
  );

  return (
    <>
      <form className="panel search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={searchId}>
          <T ar="بحث بالاسم" en="Search by name" />
        </label>
        <input
          id={searchId}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          dir="auto"
          autoComplete="off"
          maxLength={200}
        />
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError what={noun} error={list.error} retry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="panel empty">
          {deferred ? (
            <>
              <T ar="لا نتائج لهذا البحث" en="No matches for this search." />
            </>
          ) : (
            <>
              <T ar="لا توجد نتائج بعد" en={<>No {noun.en} yet.</>} />
            </>
          )}
        </p>
      ) : (
        <table className="panel data-table" data-testid="entity-directory">
          <caption className="visually-hidden">
            {noun.ar} · {noun.en}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <T ar="الاسم" en="Name" />
              </th>
              <th scope="col">
                <T ar="الدولة" en="Country" />
              </th>
              <th scope="col" className="num">
                <T ar="الإشارات" en="Mentions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((entity) => (
              <tr key={entity.id} data-entity-id={entity.id}>
                <td>
                  <Link href={`/entities/${entity.id}`} dir="auto">
                    {entity.name}
                  </Link>
                </td>
                <td>{entity.country ? countryName(entity.country) : "—"}</td>
                <td className="num">{entity.mentionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
