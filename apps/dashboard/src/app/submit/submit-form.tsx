"use client";

import { MAX_TEXT_LENGTH, type ArticleSubmission } from "@marsad/schema/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { isPending, LIVE_REFRESH_MS } from "../../lib/labels";
import type { MessageKey } from "../../i18n/message-key";
import type { FieldErrorData } from "../../trpc/field-error-message";
import { DateField } from "../_components/date-field";
import { FieldProblem } from "../_components/field-problem";
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
  const errorOf = (field: Field) => (fieldError?.path === field ? fieldError : null);
  const formError = submit.error && !fieldError ? userMessage(submit.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The form is not validated by the browser (its messages would be in the browser's language),
    // except for the date, which says in the interface's language what is wrong with it.
    const day = event.currentTarget.elements.namedItem("publishedAt");
    if (day instanceof HTMLInputElement && !day.checkValidity()) {
      day.focus();
      return;
    }
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
          <FieldError id="text-error" error={errorOf("text")} custom="submit.submitForm.textOrLink" />
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
            <FieldError id="title-error" error={errorOf("title")} />
          </div>
          <div className="field">
            <label htmlFor="source">
              <T k="submit.submitForm.source" sep="/" />{" "}
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            </label>
            <input id="source" name="source" dir="auto" value={values.source} onChange={set("source")} />
            <FieldError id="source-error" error={errorOf("source")} />
          </div>
        </div>
        <div className="field-row">
          <DateField
            id="publishedAt"
            name="publishedAt"
            label={{ k: "submit.submitForm.publicationDate" }}
            afterLabel={
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            }
            value={values.publishedAt}
            onChange={(publishedAt) => setValues((v) => ({ ...v, publishedAt }))}
            error={errorOf("publishedAt") ? <FieldProblem error={errorOf("publishedAt")!} /> : undefined}
          />
          <div className="field">
            <label htmlFor="url">
              <T k="submit.submitForm.url" sep="/" />{" "}
              <span className="optional">
                (<T k="submit.submitForm.optional" />)
              </span>
            </label>
            <input id="url" name="url" type="url" dir="ltr" value={values.url} onChange={set("url")} />
            <FieldError id="url-error" error={errorOf("url")} />
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

/** The server's word on one field, under it; `custom` says what the schema's own check means here. */
function FieldError({ id, error, custom }: { id: string; error: FieldErrorData | null; custom?: MessageKey }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {custom && error.code === "custom" ? <T k={custom} /> : <FieldProblem error={error} />}
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
