"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { userMessage } from "../../../trpc/error-message";
import { useTRPC } from "../../../trpc/react";
import { En } from "../../_components/en";

/**
 * Moves some spellings of this entity to a new entity of their own (two people sharing a profile).
 * The articles that print the entity under a moved spelling move with it.
 */
export function SplitPanel({
  entity,
  aliases,
  onDone,
}: {
  entity: { id: string };
  aliases: string[];
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const nameId = useId();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [name, setName] = useState("");
  const split = useMutation(
    trpc.entities.split.mutationOptions({
      onSuccess: () => {
        setChosen(new Set());
        setName("");
        onDone();
      },
    }),
  );
  const toggle = (alias: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(alias)) next.delete(alias);
      else next.add(alias);
      return next;
    });
  // The entity must keep at least one alias: the server refuses otherwise, the form says so first.
  const leavesNone = chosen.size >= aliases.length;

  return (
    <div className="correction" data-testid="split-panel">
      <h3>
        فصل أسماء إلى كيان جديد · <En>Split aliases into a new entity</En>
      </h3>
      {aliases.length < 2 ? (
        <p className="muted">
          لهذا الكيان اسم واحد فلا يمكن فصله ·{" "}
          <En>This entity has a single alias; there is nothing to split.</En>
        </p>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.size === 0 || leavesNone) return;
            split.mutate({ id: entity.id, aliases: [...chosen], name: name.trim() || undefined });
          }}
        >
          <fieldset>
            <legend>
              الأسماء التي تنتقل (ومقالاتها) · <En>Aliases to move (their articles follow)</En>
            </legend>
            {aliases.map((alias) => (
              <label key={alias} className="check">
                <input type="checkbox" checked={chosen.has(alias)} onChange={() => toggle(alias)} />{" "}
                <bdi>{alias}</bdi>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={nameId}>
              اسم الكيان الجديد{" "}
              <span className="optional">(اختياري: أول اسم محدد · optional: the first chosen alias)</span>
            </label>
            <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} dir="auto" />
          </div>
          {leavesNone ? (
            <p className="field-error" role="alert">
              يجب أن يبقى اسم واحد على الأقل · <En>Leave at least one alias with this entity.</En>
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" disabled={split.isPending || chosen.size === 0 || leavesNone}>
              فصل · <En>Split</En>
            </button>
          </div>
        </form>
      )}
      {split.isError ? (
        <p className="panel error" role="alert">
          لم يتم الفصل · <En>The split failed:</En> <En>{userMessage(split.error)}</En>
        </p>
      ) : null}
      {split.isSuccess ? (
        <p className="panel result-created" role="status" data-testid="split-result">
          أُنشئ كيان جديد · <En>New entity created:</En>{" "}
          <Link href={`/entities/${split.data.id}`} dir="auto">
            {split.data.canonicalName}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
