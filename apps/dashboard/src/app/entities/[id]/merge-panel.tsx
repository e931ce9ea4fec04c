"use client";

import type { EntityType } from "@marsad/schema/tables";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "../../../trpc/react";
import { EntityPicker, type PickedEntity } from "../../_components/entity-picker";
import { T, useText } from "../../_components/t";
import { UserMessage } from "../../_components/user-message";

/**
 * Folds a duplicate (found by searching, same type) into this entity. Two steps: pick, then
 * confirm, because a merge moves every article, mention and event of the duplicate.
 */
export function MergePanel({
  entity,
  onDone,
}: {
  entity: { id: string; type: EntityType; canonicalName: string };
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const say = useText();
  const noteId = useId();
  const [picked, setPicked] = useState<PickedEntity | null>(null);
  const [note, setNote] = useState("");
  const [merged, setMerged] = useState<string | null>(null);
  const merge = useMutation(
    trpc.entities.merge.mutationOptions({
      onSuccess: () => {
        setMerged(picked?.name ?? "");
        setPicked(null);
        setNote("");
        onDone();
      },
    }),
  );

  return (
    <div className="correction" data-testid="merge-panel">
      <h3>
        <T k="entities.item.mergePanel.mergeADuplicateIntoThis" />
      </h3>
      {picked ? (
        <div className="confirm panel" role="group" aria-label={say("entities.item.mergePanel.confirmMerge")}>
          <p>
            <T k="entities.item.mergePanel.willMerge" values={{ duplicate: picked.name, target: entity.canonicalName }} />
          </p>
          <label htmlFor={noteId}>
            <T k="entities.item.mergePanel.note" /> <span className="optional">(<T k="entities.item.mergePanel.optional" />)</span>
          </label>
          <input
            id={noteId}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
            dir="auto"
          />
          <div className="actions">
            <button
              type="button"
              disabled={merge.isPending}
              onClick={() =>
                merge.mutate({ fromId: picked.id, intoId: entity.id, note: note.trim() || undefined })
              }
            >
              <T k="entities.item.mergePanel.confirmMerge" />
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => setPicked(null)}
              disabled={merge.isPending}
            >
              <T k="entities.item.mergePanel.cancel" />
            </button>
          </div>
        </div>
      ) : (
        <EntityPicker
          type={entity.type}
          excludeId={entity.id}
          label={{ k: "entities.item.mergePanel.findTheDuplicate" }}
          onPick={(e) => {
            setPicked(e);
            setMerged(null);
            merge.reset();
          }}
        />
      )}
      {merge.isError ? (
        <p className="panel error" role="alert">
          <T k="entities.item.mergePanel.theMergeFailed" /> <UserMessage error={merge.error} />
        </p>
      ) : null}
      {merged !== null ? (
        <p className="panel result-created" role="status" data-testid="merge-result">
          <T k="entities.item.mergePanel.mergedIntoThis" values={{ name: merged }} />
        </p>
      ) : null}
    </div>
  );
}
