"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { userMessage } from "../../../trpc/error-message";
import { useTRPC } from "../../../trpc/react";
import { En } from "../../_components/en";
import { LocalTime } from "../../_components/local-time";

const ACTION_LABELS = {
  accept: { ar: "قبول", en: "accepted" },
  edit: { ar: "تعديل", en: "edited" },
  reject: { ar: "رفض", en: "rejected" },
} as const;

/**
 * An analyst's judgement of this event: take a wrongly read participant off it, or hide the whole
 * event; every correction is logged below (with undo) and survives reprocessing.
 */
export function EventCorrections({
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
        تصحيحات المحلل · <En>Analyst corrections</En>
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
                onClick={() => record.mutate({ factType: "participant", eventId, entityId: p.id, action: "reject" })}
              >
                ليس مشاركاً · <En>Not a participant</En>
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
          إخفاء الحدث (قراءة خاطئة) · <En>Hide this event (misread)</En>
        </button>
      </p>
      {record.error ? (
        <p className="error" role="alert">
          تعذّر التصحيح · <En>Could not record the correction: {userMessage(record.error)}</En>
        </p>
      ) : null}
      {log.data?.length ? (
        <>
          <h3>
            السجل · <En>Log</En>
          </h3>
          <ol className="plain-list" data-testid="correction-log">
            {log.data.map((c) => {
              const entityId = c.factType === "participant" ? c.factKey.split(":")[1] : undefined;
              const label = ACTION_LABELS[c.action];
              return (
                <li key={c.id}>
                  <LocalTime value={c.createdAt} /> · {label.ar} · <En>{label.en}</En>{" "}
                  {entityId ? (
                    <Link href={`/entities/${entityId}`}>
                      {nameOf.get(entityId) ?? (
                        <>
                          مشارك · <En>participant</En>
                        </>
                      )}
                    </Link>
                  ) : (
                    <>
                      الحدث · <En>the event</En>
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
                            entityId
                              ? { factType: "participant", eventId, entityId, action: "accept" }
                              : { factType: "event", eventId, action: "accept" },
                          )
                        }
                      >
                        تراجع · <En>undo</En>
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
