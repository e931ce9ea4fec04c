"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { userMessage } from "../../../trpc/error-message";
import { useTRPC } from "../../../trpc/react";
import { En } from "../../_components/en";
import { SubmitActions } from "../../_components/form-parts";
import { T } from "../../_components/t";

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
        <T ar="فصل أسماء إلى كيان جديد" en="Split aliases into a new entity" />
      </h3>
      {aliases.length < 2 ? (
        <p className="muted">
          <T ar="لهذا الكيان اسم واحد فلا يمكن فصله" en="This entity has a single alias; there is nothing to split." />
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
              <T ar="الأسماء التي تنتقل (ومقالاتها)" en="Aliases to move (their articles follow)" />
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
              <T ar="يجب أن يبقى اسم واحد على الأقل" en="Leave at least one alias with this entity." />
            </p>
          ) : null}
          <SubmitActions label={{ ar: "فصل", en: "Split" }} disabled={split.isPending || chosen.size === 0 || leavesNone} />
        </form>
      )}
      {split.isError ? (
        <p className="panel error" role="alert">
          <T ar="لم يتم الفصل" en="The split failed:" /> <En>{userMessage(split.error)}</En>
        </p>
      ) : null}
      {split.isSuccess ? (
        <p className="panel result-created" role="status" data-testid="split-result">
          <T ar="أُنشئ كيان جديد" en="New entity created:" />{" "}
          <Link href={`/entities/${split.data.id}`} dir="auto">
            {split.data.canonicalName}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
