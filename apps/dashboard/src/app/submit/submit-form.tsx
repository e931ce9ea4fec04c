"use client";

import { MAX_TEXT_LENGTH, type ArticleSubmission } from "@marsad/schema/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { isPending, LIVE_REFRESH_MS } from "../../lib/labels";
import { useUserMessage } from "../_components/user-message";
import { useTRPC } from "../../trpc/react";
import { StatusBadge } from "../_components/status-badge";
import { T } from "../_components/t";

type Field = "text" | "title" | "source" | "url" | "publishedAt";
const EMPTY: Record<Field, string> = { text: "", title: "", source: "", url: "", publishedAt: "" };

export function SubmitForm() {
  const trpc = useTRPC();
  const userMessage = useUserMessage();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const submit = useMutation(
    trpc.articles.submit.mutationOptions({
      onSuccess: async (result) => {
        if (result.created) setValues(EMPTY);
        await queryClient.invalidateQueries(trpc.articles.list.pathFilter());
      },
    }),
  );

  const fieldError = submit.error?.data?.fieldError ?? null;
  const errorOf = (field: Field) => (fieldError?.path === field ? fieldError.message : null);
  const formError = submit.error && !fieldError ? userMessage(submit.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Empty fields are left out rather than sent as "": a link alone is fetched by the worker.
    const input: ArticleSubmission = {};
    if (values.text.trim() !== "") input.text = values.text;
    for (const key of ["title", "source", "url", "publishedAt"] as const) {
      if (values[key].trim() !== "") input[key] = values[key].trim();
    }
    submit.mutate(input);
  }

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <>
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="text">
            <T k="submit.submitForm.articleText" sep="/" />{" "}
            <span className="optional">
              (<T k="submit.submitForm.orLeaveItEmptyAnd" />)
            </span>
          </label>
          <textarea
            id="text"
            name="text"
            dir="auto"
            rows={14}
            maxLength={MAX_TEXT_LENGTH}
            value={values.text}
            onChange={set("text")}
            aria-invalid={errorOf("text") ? true : undefined}
            aria-describedby={errorOf("text") ? "text-error" : undefined}
          />
          <FieldError id="text-error" message={errorOf("text")} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="title">
              <T k="submit.submitForm.title" sep="/" />{" "}
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            </label>
            <input id="title" name="title" dir="auto" value={values.title} onChange={set("title")} />
            <FieldError id="title-error" message={errorOf("title")} />
          </div>
          <div className="field">
            <label htmlFor="source">
              <T k="submit.submitForm.source" sep="/" />{" "}
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            </label>
            <input id="source" name="source" dir="auto" value={values.source} onChange={set("source")} />
            <FieldError id="source-error" message={errorOf("source")} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="publishedAt">
              <T k="submit.submitForm.publicationDate" sep="/" />{" "}
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            </label>
            <input
              id="publishedAt"
              name="publishedAt"
              type="date"
              value={values.publishedAt}
              onChange={set("publishedAt")}
            />
            <FieldError id="publishedAt-error" message={errorOf("publishedAt")} />
          </div>
          <div className="field">
            <label htmlFor="url">
              <T k="submit.submitForm.url" sep="/" />{" "}
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            </label>
            <input id="url" name="url" type="url" dir="ltr" value={values.url} onChange={set("url")} />
            <FieldError id="url-error" message={errorOf("url")} />
          </div>
        </div>
        {formError ? (
          <p className="error" role="alert">
            <T k="submit.submitForm.couldNotSubmit" /> <bdi>{formError}</bdi>
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={submit.isPending}>
            {submit.isPending ? (
              <>
                <T k="submit.submitForm.submitting" />
              </>
            ) : (
              <>
                <T k="submit.submitForm.submit" />
              </>
            )}
          </button>
        </div>
      </form>
      {submit.data ? <SubmitResult id={submit.data.id} created={submit.data.created} /> : null}
    </>
  );
}

function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert" dir="auto">
      {message}
    </p>
  );
}

function SubmitResult({ id, created }: { id: string; created: boolean }) {
  const trpc = useTRPC();
  const article = useQuery(
    trpc.articles.byId.queryOptions(
      { id },
      {
        refetchInterval: (query) =>
          query.state.data && !isPending(query.state.data.status) ? false : LIVE_REFRESH_MS,
      },
    ),
  );
  return (
    <div
      className={`panel result ${created ? "result-created" : "result-duplicate"}`}
      role="status"
      data-testid="submit-result"
    >
      <p>
        {created ? (
          <>
            <T k="submit.submitForm.articleReceived" />
          </>
        ) : (
          <>
            <T k="submit.submitForm.thisTextWasAlreadySubmitted" />
          </>
        )}{" "}
        <Link href={`/articles/${id}`}>
          {created ? (
            <>
              <T k="submit.submitForm.viewTheArticle" />
            </>
          ) : (
            <>
              <T k="submit.submitForm.viewTheExistingArticle" />
            </>
          )}
        </Link>
      </p>
      {article.data ? (
        <p>
          <T k="submit.submitForm.status" /> <StatusBadge status={article.data.status} />
        </p>
      ) : null}
    </div>
  );
}
