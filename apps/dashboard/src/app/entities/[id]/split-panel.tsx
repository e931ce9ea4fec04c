"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "../../../trpc/react";
import { SubmitActions } from "../../_components/form-parts";
import { T } from "../../_components/t";
import { UserMessage } from "../../_components/user-message";

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
        <T k="entities.item.splitPanel.splitAliasesIntoANew" />
      </h3>
      {aliases.length < 2 ? (
        <p className="muted">
          <T k="entities.item.splitPanel.thisEntityHasASingle" />
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
              <T k="entities.item.splitPanel.aliasesToMoveTheirArticles" />
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
              <T k="entities.item.splitPanel.newEntityName" />{" "}
              <span className="optional">(<T k="entities.item.splitPanel.optionalFirstAlias" />)</span>
            </label>
            <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} dir="auto" />
          </div>
          {leavesNone ? (
            <p className="field-error" role="alert">
              <T k="entities.item.splitPanel.leaveAtLeastOneAlias" />
            </p>
          ) : null}
          <SubmitActions label={{ k: "entities.item.splitPanel.split" }} disabled={split.isPending || chosen.size === 0 || leavesNone} />
        </form>
      )}
      {split.isError ? (
        <p className="panel error" role="alert">
          <T k="entities.item.splitPanel.theSplitFailed" /> <UserMessage error={split.error} />
        </p>
      ) : null}
      {split.isSuccess ? (
        <p className="panel result-created" role="status" data-testid="split-result">
          <T k="entities.item.splitPanel.newEntityCreated" />{" "}
          <Link href={`/entities/${split.data.id}`} dir="auto">
            {split.data.canonicalName}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
