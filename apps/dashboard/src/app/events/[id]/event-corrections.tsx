"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTRPC } from "../../../trpc/react";
import { LocalTime } from "../../_components/local-time";
import { T } from "../../_components/t";
import { useCan } from "../../_components/use-can";
import { UserMessage } from "../../_components/user-message";

const ACTION_LABELS = {
  accept: { k: "events.item.eventCorrections.accepted" },
  edit: { k: "events.item.eventCorrections.edited" },
  reject: { k: "events.item.eventCorrections.rejected" },
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
        <T k="events.item.eventCorrections.analystCorrections" />
      </h2>
      {participants.length ? (
        <ul className="plain-list">
          {participants.map((p) => (
            <li key={p.id} className="correction-row">
              <bdi>{p.name}</bdi>{" "}
              <button
                type="button"
                className="secondary"
                disabled={record.isPending}
                onClick={() =>
                  record.mutate({ factType: "participant", eventId, entityId: p.id, action: "reject" })
                }
              >
                <T k="events.item.eventCorrections.notAParticipant" />
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
          <T k="events.item.eventCorrections.hideThisEventMisread" />
        </button>
      </p>
      {record.error ? (
        <p className="error" role="alert">
          <T k="events.item.eventCorrections.couldNotRecord" /> <UserMessage error={record.error} />
        </p>
      ) : null}
      {log.data?.length ? (
        <>
          <h3>
            <T k="events.item.eventCorrections.log" />
          </h3>
          <ol className="plain-list" data-testid="correction-log">
            {log.data.map((c) => {
              const entityId = c.factType === "participant" ? c.factKey.split(":")[1] : undefined;
              // A detached report: `${eventId}:${articleId}`.
              const reportArticleId = c.factType === "report" ? c.factKey.split(":")[1] : undefined;
              const label = ACTION_LABELS[c.action];
              return (
                <li key={c.id}>
                  <LocalTime value={c.createdAt} /> · <T {...label} />{" "}
                  {reportArticleId ? (
                    <>
                      <T k="events.item.eventCorrections.theReportOf" />{" "}
                      <Link href={`/articles/${reportArticleId}`}>
                        <T k="events.item.eventCorrections.thisArticle" />
                      </Link>{" "}
                      <T k="events.item.eventCorrections.detachedFromTheEvent" />
                    </>
                  ) : entityId ? (
                    <Link href={`/entities/${entityId}`}>
                      {nameOf.get(entityId) ?? (
                        <>
                          <T k="events.item.eventCorrections.participant" />
                        </>
                      )}
                    </Link>
                  ) : (
                    <>
                      <T k="events.item.eventCorrections.theEvent" />
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
                        <T k="events.item.eventCorrections.undo" />
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
