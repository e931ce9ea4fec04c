"use client";

import type { EntityType } from "@marsad/schema/tables";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import type { Label } from "../../i18n/message-key";
import { useTRPC } from "../../trpc/react";
import { T, useText } from "./t";
import { useFormat } from "./use-format";

export interface PickedEntity {
  id: string;
  name: string;
  country: string | null;
}

/**
 * A search box whose matches are buttons: type a name (any spelling), press one to pick it.
 * Used to choose a merge target and to filter the timeline by a person.
 */
export function EntityPicker({
  type,
  label,
  excludeId,
  optional = false,
  onPick,
}: {
  type: EntityType;
  label: Label;
  excludeId?: string;
  /** The field may be left empty: the label says so, as the other forms' labels do. */
  optional?: boolean;
  onPick: (entity: PickedEntity) => void;
}) {
  const trpc = useTRPC();
  const format = useFormat();
  const say = useText();
  const inputId = useId();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q.trim());
  const matches = useQuery(
    trpc.entities.list.queryOptions({ type, q: deferred, limit: 8 }, { enabled: deferred.length > 0 }),
  );
  const options = (matches.data ?? []).filter((e) => e.id !== excludeId);

  return (
    <div className="picker">
      <label htmlFor={inputId}>
        <T {...label} />
        {optional ? (
          <>
            {" "}
            <span className="optional">
              (<T k="common.entityPicker.optional" />)
            </span>
          </>
        ) : null}
      </label>
      <input
        id={inputId}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        dir="auto"
        autoComplete="off"
      />
      {deferred && matches.isFetching && !matches.data ? (
        <p className="muted small" role="status">
          <T k="common.entityPicker.searching" />
        </p>
      ) : null}
      {matches.isError ? (
        <p className="field-error" role="alert">
          <T k="common.entityPicker.theSearchFailed" />
        </p>
      ) : null}
      {deferred && matches.data && options.length === 0 ? (
        <p className="muted small" role="status">
          <T k="common.entityPicker.noMatches" />
        </p>
      ) : null}
      {options.length ? (
        <ul className="picker-options" aria-label={say(label.k, label.values)}>
          {options.map((entity) => (
            <li key={entity.id}>
              <button
                type="button"
                className="picker-option"
                onClick={() => {
                  onPick({ id: entity.id, name: entity.name, country: entity.country });
                  setQ("");
                }}
              >
                <bdi>{entity.name}</bdi>
                {entity.country ? (
                  <span className="muted small"> · {format.country(entity.country)}</span>
                ) : null}
                <span className="muted small">
                  {" "}
                  · <T k="common.entityPicker.mentionCount" values={{ count: entity.mentionCount }} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
