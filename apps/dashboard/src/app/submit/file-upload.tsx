"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type DragEvent } from "react";
import { isPending, LIVE_REFRESH_MS } from "../../lib/labels";
import type { FailedCall } from "../../trpc/error-message";
import { useUserMessage } from "../_components/user-message";
import { useUiLanguage } from "../_components/ui-language";
import { useTRPC } from "../../trpc/react";
import { En } from "../_components/en";
import { StatusBadge } from "../_components/status-badge";
import { ACCEPTED_EXTENSIONS, readUpload } from "./read-upload";
import { T } from "../_components/t";
import type { Label } from "../../i18n/message-key";

interface UploadItem {
  key: string;
  name: string;
  state: "sending" | "sent" | "refused";
  id?: string;
  created?: boolean;
  /** A catalogue message (the browser's check), or the server's refusal already in words. */
  reason?: Label | string;
}

/**
 * Many files at once (picker or drag and drop): each is checked in the browser, sent on its own,
 * and then followed through the queue until it is processed or has failed.
 */
export function FileUpload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const userMessage = useUserMessage();
  const inputId = useId();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const submitText = useMutation(trpc.articles.submit.mutationOptions());
  const submitHtml = useMutation(trpc.articles.submitHtml.mutationOptions());

  const update = (key: string, patch: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  async function upload(file: File, key: string) {
    const payload = readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    if (payload.kind === "refused") return update(key, { state: "refused", reason: payload.reason });
    try {
      const result =
        payload.kind === "text"
          ? await submitText.mutateAsync({ text: payload.text })
          : await submitHtml.mutateAsync({ page: payload.base64, fileName: file.name });
      update(key, { state: "sent", id: result.id, created: result.created });
    } catch (error) {
      update(key, { state: "refused", reason: userMessage(error as FailedCall) });
    }
  }

  async function addFiles(files: FileList | null) {
    if (!files?.length) return;
    const batch = Array.from(files).map((file) => ({ file, key: `${Date.now()}-${Math.random()}-${file.name}` }));
    setItems((all) => [...batch.map(({ file, key }) => ({ key, name: file.name, state: "sending" as const })), ...all]);
    // One at a time keeps the server's load and the order of the list predictable.
    for (const { file, key } of batch) await upload(file, key);
    await queryClient.invalidateQueries(trpc.articles.list.pathFilter());
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  }

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>
        <T k="submit.fileUpload.uploadFiles" />
      </h2>
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p id={`${inputId}-hint`} className="drop-hint">
          <T k="submit.fileUpload.dropFiles" values={{ extensions: ACCEPTED_EXTENSIONS.join(" ") }} />
        </p>
        {/*
          The browser's own file button speaks the browser's language ("Choose Files", "No file
          chosen"), not the interface's: it is hidden, and a label from the catalogues opens it.
        */}
        <input
          id={inputId}
          className="visually-hidden file-input"
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(",")}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            void addFiles(event.target.files);
            event.target.value = "";
          }}
        />
        <label htmlFor={inputId} className="button" data-testid="choose-files">
          <T k="submit.fileUpload.chooseFiles" />
        </label>
      </div>
      {items.length ? <UploadList items={items} /> : null}
    </section>
  );
}

function UploadList({ items }: { items: UploadItem[] }) {
  const trpc = useTRPC();
  const ui = useUiLanguage();
  const ids = items.flatMap((item) => (item.id ? [item.id] : []));
  const statuses = useQuery(
    trpc.articles.statuses.queryOptions(
      { ids: ids.slice(0, 200) },
      {
        enabled: ids.length > 0,
        refetchInterval: (query) => (query.state.data?.some((a) => isPending(a.status)) ? LIVE_REFRESH_MS : false),
      },
    ),
  );
  const statusOf = new Map(statuses.data?.map((a) => [a.id, a]));
  return (
    <ul className="upload-list" aria-live="polite">
      {items.map((item) => {
        const article = item.id ? statusOf.get(item.id) : undefined;
        return (
          <li key={item.key} data-testid="upload-item" data-state={item.state} data-status={article?.status}>
            <span className="upload-name" dir="auto">
              {item.name}
            </span>{" "}
            {item.state === "sending" ? (
              <span className="muted">
                <T k="submit.fileUpload.sending" />
              </span>
            ) : null}
            {item.state === "refused" ? (
              <span className="field-error" role="alert">
                <T k="submit.fileUpload.refused" />
                {item.reason ? <>: {typeof item.reason === "string" ? item.reason : <T {...item.reason} />}</> : null}
              </span>
            ) : null}
            {item.state === "sent" && item.id ? (
              <>
                {article ? <StatusBadge status={article.status} /> : null}{" "}
                {item.created ? null : (
                  <span className="muted">
                    (<T k="submit.fileUpload.alreadySubmitted" />)
                  </span>
                )}{" "}
                <Link href={`/articles/${item.id}`}>
                  <T k="submit.fileUpload.view" />
                </Link>
                {article?.status === "failed" && article.error ? (
                  <span className="field-error">
                    {" "}
                    {/* The worker's reason is written in English. */}
                    {ui !== "ar" ? <En>{article.error}</En> : <T k="submit.fileUpload.failed" />}
                  </span>
                ) : null}
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
