"use client";

import type { EntityType } from "@marsad/schema/tables";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useId, useState } from "react";
import type { Label } from "../../i18n/message-key";
import { useTRPC } from "../../trpc/react";
import { LoadError, Loading } from "./query-state";
import { T, useText } from "./t";
import { useFormat } from "./use-format";

const LIMIT = 100;

/**
 * A directory of one kind of entity: the most mentioned first, or the best matches of a search
 * (entities.list tolerates spelling variants: hamza forms, ta marbuta, "عبد" joined or not); for
 * people, with their current rank and role.
 */
export function EntityDirectory({ type, noun }: { type: EntityType; noun: Label }) {
  const format = useFormat();
  const say = useText();
  const trpc = useTRPC();
  const searchId = useId();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q.trim());
  // People have a rank and a role (their latest printed ones); organizations and places do not.
  const people = type === "person";
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
          <T k="common.entityDirectory.searchByName" />
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
              <T k="common.entityDirectory.noMatchesForThisSearch" />
            </>
          ) : (
            <>
              <T k="common.entityDirectory.noneYet" values={{ noun: { k: noun.k } }} />{" "}
              <Link href="/submit">
                <T k="common.entityDirectory.submitAnArticle" />
              </Link>
            </>
          )}
        </p>
      ) : (
        <table className="panel data-table stacked-on-phone" data-testid="entity-directory">
          <caption className="visually-hidden">
            {say(noun.k, noun.values)}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <T k="common.entityDirectory.name" />
              </th>
              {people ? (
                <>
                  <th scope="col">
                    <T k="common.entityDirectory.rank" />
                  </th>
                  <th scope="col">
                    <T k="common.entityDirectory.role" />
                  </th>
                </>
              ) : null}
              <th scope="col">
                <T k="common.entityDirectory.country" />
              </th>
              <th scope="col" className="num">
                <T k="common.entityDirectory.mentions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((entity) => (
              // One card per entity on a phone, each value under its column's name (data-label).
              <tr key={entity.id} data-entity-id={entity.id}>
                <td data-label={say("common.entityDirectory.name")}>
                  <Link href={`/entities/${entity.id}`} dir="auto">
                    {entity.name}
                  </Link>
                </td>
                {people ? (
                  <>
                    <td data-testid="person-rank" data-label={say("common.entityDirectory.rank")}>
                      <bdi>{entity.rank ?? "—"}</bdi>
                    </td>
                    <td data-testid="person-role" data-label={say("common.entityDirectory.role")} className="cell-prose">
                      <bdi>{entity.role ?? "—"}</bdi>
                    </td>
                  </>
                ) : null}
                <td data-label={say("common.entityDirectory.country")}>
                  <span>{entity.country ? format.country(entity.country) : "—"}</span>
                </td>
                <td className="num" data-label={say("common.entityDirectory.mentions")}>
                  <span>{entity.mentionCount}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
