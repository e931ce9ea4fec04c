"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "../../../trpc/react";
import { T } from "../../_components/t";
import { UserMessage } from "../../_components/user-message";

/**
 * Corrects the rank and role one article gives a person (as printed, so an analyst can fix a
 * misread), or rejects them. The correction is logged and re-applied after every reprocessing.
 */
export function TitleCorrection({
  articleId,
  entityId,
  rank,
  role,
}: {
  articleId: string;
  entityId: string;
  rank: string | null;
  role: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ rank: rank ?? "", role: role ?? "" });
  const record = useMutation(
    trpc.corrections.record.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries(trpc.entities.byId.pathFilter());
      },
    }),
  );

  if (!open)
    return (
      <button type="button" className="link-button small" onClick={() => setOpen(true)} aria-expanded={false}>
        <T k="entities.item.titleCorrection.correctRankAndRole" />
      </button>
    );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    record.mutate({
      factType: "title",
      articleId,
      entityId,
      action: "edit",
      value: { rank: draft.rank.trim() || null, role: draft.role.trim() || null },
    });
  }

  return (
    <form className="title-correction" onSubmit={onSubmit} data-testid="title-correction">
      <label htmlFor={`${id}-rank`}>
        <T k="entities.item.titleCorrection.rank" sep="/" />
      </label>
      <input id={`${id}-rank`} dir="auto" value={draft.rank} onChange={(e) => setDraft((d) => ({ ...d, rank: e.target.value }))} />
      <label htmlFor={`${id}-role`}>
        <T k="entities.item.titleCorrection.role" sep="/" />
      </label>
      <input id={`${id}-role`} dir="auto" value={draft.role} onChange={(e) => setDraft((d) => ({ ...d, role: e.target.value }))} />
      <button type="submit" disabled={record.isPending}>
        <T k="entities.item.titleCorrection.save" />
      </button>
      <button
        type="button"
        className="secondary"
        disabled={record.isPending}
        onClick={() => record.mutate({ factType: "title", articleId, entityId, action: "reject" })}
      >
        <T k="entities.item.titleCorrection.notHisTitle" />
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        <T k="entities.item.titleCorrection.cancel" />
      </button>
      {record.error ? (
        <p className="error" role="alert">
          <UserMessage error={record.error} />
        </p>
      ) : null}
    </form>
  );
}
