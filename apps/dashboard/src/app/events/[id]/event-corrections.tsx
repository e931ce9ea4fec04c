"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { userMessage } from "../../../trpc/error-message";
import { useTRPC } from "../../../trpc/react";
import { LocalTime } from "../../_components/local-time";
import { T } from "../../_components/t";
import { useCan } from "../../_components/use-can";

const ACTION_LABELS = {
  accept: { ar: "قبول", en: "accepted" },
  edit: { ar: "تعديل", en: "edited" },
  reject: { ar: "رفض", en: "rejected" },
} as const;

/**
 * An analyst's judgement of this event: take a wrongly read participant off it, or hide the whole
 * event; every correction is logged below (with undo) and survives reprocessing.
 */
/** Shown to those whose role may correct facts (editors and admins). */
export function EventCorrections(props: { eventId: string; participants: { id: string; name: string }[] }) {
  return useCan("correct") ? <EventCorrectionsPanel {...props} /> : null;
}

function EventCorrectionsPanel({
  eventId,
  participants,
}: {
  eventId: string;
  participants: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const log = useQuery(trpc.corrections.list.queryOptions({ eventId, limit: 100 }));
  const record = useMutation(
    trpc.corrections.record.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.corrections.list.pathFilter());
        router.refresh();
      },
    }),
  );
  const nameOf = new Map(participants.map((p) => [p.id, p.name]));

  return (
    <section className="panel" aria-labelledby="event-corrections" data-testid="event-corrections">
      <h2 id="event-corrections">
        <T ar="تصحيحات المحلل" en="Analyst corrections" />
      </h2>
      {participants.length ? (
        <ul className="plain-list">
          {participants.map((p) => (
            <li key={p.id}>
              <bdi>{p.name}</bdi>{" "}
              <button
                type="button"
                className="secondary"
                disabled={record.isPending}
                onClick={() =>
                  record.mutate({ factType: "participant", eventId, entityId: p.id, action: "reject" })
                }
              >
                <T ar="ليس مشاركاً" en="Not a participant" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <button
          type="button"
          className="secondary"
          disabled={record.isPending}
          onClick={() => record.mutate({ factType: "event", eventId, action: "reject" })}
        >
          <T ar="إخفاء الحدث (قراءة خاطئة)" en="Hide this event (misread)" />
        </button>
      </p>
      {record.error ? (
        <p className="error" role="alert">
          <T ar="تعذّر التصحيح" en={<>Could not record the correction: {userMessage(record.error)}</>} />
        </p>
      ) : null}
      {log.data?.length ? (
        <>
          <h3>
            <T ar="السجل" en="Log" />
          </h3>
          <ol className="plain-list" data-testid="correction-log">
            {log.data.map((c) => {
              const entityId = c.factType === "participant" ? c.factKey.split(":")[1] : undefined;
              // A detached report: `${eventId}:${articleId}`.
              const reportArticleId = c.factType === "report" ? c.factKey.split(":")[1] : undefined;
              const label = ACTION_LABELS[c.action];
              return (
                <li key={c.id}>
                  <LocalTime value={c.createdAt} /> · <T ar={label.ar} en={label.en} />{" "}
                  {reportArticleId ? (
                    <>
                      <T ar="تقرير المقال" en="the report of" />{" "}
                      <Link href={`/articles/${reportArticleId}`}>
                        <T ar="هذا المقال" en="this article" />
                      </Link>{" "}
                      <T ar="(فصل عن الحدث)" en="(detached from the event)" />
                    </>
                  ) : entityId ? (
                    <Link href={`/entities/${entityId}`}>
                      {nameOf.get(entityId) ?? (
                        <>
                          <T ar="مشارك" en="participant" />
                        </>
                      )}
                    </Link>
                  ) : (
                    <>
                      <T ar="الحدث" en="the event" />
                    </>
                  )}
                  {c.action === "reject" ? (
                    <>
                      {" "}
                      <button
                        type="button"
                        className="link-button"
                        disabled={record.isPending}
                        onClick={() =>
                          record.mutate(
                            reportArticleId
                              ? { factType: "report", eventId, articleId: reportArticleId, action: "accept" }
                              : entityId
                                ? { factType: "participant", eventId, entityId, action: "accept" }
                                : { factType: "event", eventId, action: "accept" },
                          )
                        }
                      >
                        <T ar="تراجع" en="undo" />
                      </button>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </section>
  );
}
