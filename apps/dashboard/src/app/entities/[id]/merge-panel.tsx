"use client";

import type { EntityType } from "@marsad/schema/tables";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { userMessage } from "../../../trpc/error-message";
import { useTRPC } from "../../../trpc/react";
import { En } from "../../_components/en";
import { EntityPicker, type PickedEntity } from "../../_components/entity-picker";
import { T } from "../../_components/t";

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
        <T ar="دمج كيان مكرر في هذا الكيان" en="Merge a duplicate into this entity" />
      </h3>
      {picked ? (
        <div className="confirm panel" role="group" aria-label="تأكيد الدمج · Confirm merge">
          <p>
            سيُدمج <bdi className="strong">{picked.name}</bdi> في{" "}
            <bdi className="strong">{entity.canonicalName}</bdi>، وتنتقل إليه كل مقالاته وأحداثه وأسماؤه. ·{" "}
            <En>All articles, events and aliases of the duplicate move to this entity.</En>
          </p>
          <label htmlFor={noteId}>
            ملاحظة <span className="optional">(اختياري · optional)</span>
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
              <T ar="تأكيد الدمج" en="Confirm merge" />
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => setPicked(null)}
              disabled={merge.isPending}
            >
              <T ar="إلغاء" en="Cancel" />
            </button>
          </div>
        </div>
      ) : (
        <EntityPicker
          type={entity.type}
          excludeId={entity.id}
          label={{ ar: "ابحث عن الكيان المكرر", en: "Find the duplicate" }}
          onPick={(e) => {
            setPicked(e);
            setMerged(null);
            merge.reset();
          }}
        />
      )}
      {merge.isError ? (
        <p className="panel error" role="alert">
          <T ar="لم يتم الدمج" en="The merge failed:" /> <En>{userMessage(merge.error)}</En>
        </p>
      ) : null}
      {merged !== null ? (
        <p className="panel result-created" role="status" data-testid="merge-result">
          <T ar={<>تم دمج <bdi>{merged}</bdi> في هذا الكيان</>} en={<><bdi>{merged}</bdi> was merged into this entity.</>} />
        </p>
      ) : null}
    </div>
  );
}
