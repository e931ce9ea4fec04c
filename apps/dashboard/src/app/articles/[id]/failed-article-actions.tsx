"use client";

import { MAX_TEXT_LENGTH } from "@marsad/schema/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../../trpc/react";
import { T } from "../../_components/t";
import { useCan } from "../../_components/use-can";
import { UserMessage } from "../../_components/user-message";

/**
 * What a reader can do about a failed article: try again (a link is fetched again), or paste the
 * article's text when the link cannot be fetched at all.
 */
export function FailedArticleActions({ id, isLink }: { id: string; isLink: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canSubmit = useCan("submit");
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState("");
  const retry = useMutation(
    trpc.articles.retry.mutationOptions({
      onSuccess: async () => {
        setPasting(false);
        await queryClient.invalidateQueries(trpc.articles.byId.queryFilter({ id }));
      },
    }),
  );
  if (!canSubmit) return null;

  function onPaste(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    retry.mutate({ id, text });
  }

  return (
    <section className="panel" data-testid="failed-actions">
      <div className="actions">
        <button type="button" onClick={() => retry.mutate({ id })} disabled={retry.isPending}>
          {isLink ? <T k="articles.item.failedArticleActions.fetchAgain" /> : <T k="articles.item.failedArticleActions.tryAgain" />}
        </button>
        {isLink && !pasting ? (
          <button type="button" className="secondary" onClick={() => setPasting(true)}>
            <T k="articles.item.failedArticleActions.pasteTheTextInstead" />
          </button>
        ) : null}
      </div>
      {pasting ? (
        <form className="form" onSubmit={onPaste}>
          <div className="field">
            <label htmlFor="pasted-text">
              <T k="articles.item.failedArticleActions.articleText" sep="/" />
            </label>
            <textarea id="pasted-text" dir="auto" rows={10} maxLength={MAX_TEXT_LENGTH} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" disabled={retry.isPending || text.trim() === ""}>
              <T k="articles.item.failedArticleActions.readThisText" />
            </button>
          </div>
        </form>
      ) : null}
      {retry.isError ? (
        <p className="error" role="alert">
          <T k="articles.item.failedArticleActions.couldNotTryAgain" /> <UserMessage error={retry.error} />
        </p>
      ) : null}
    </section>
  );
}
