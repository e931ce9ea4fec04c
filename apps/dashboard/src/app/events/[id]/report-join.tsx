"use client";

import type { EventJoin } from "@marsad/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { Label } from "../../../i18n/message-key";
import { useTRPC } from "../../../trpc/react";
import { T } from "../../_components/t";
import { useCan } from "../../_components/use-can";
import { useFormat } from "../../_components/use-format";
import { UserMessage } from "../../_components/user-message";

const DATE_LABELS: Record<string, Label> = {
  "same-day": { k: "events.item.reportJoin.theSameDay" },
  undated: { k: "events.item.reportJoin.undatedOnItsPeopleAnd" },
};
const PLACE_LABELS: Record<string, Label> = {
  "same-place": { k: "events.item.reportJoin.theSamePlace" },
  "place-in-country": { k: "events.item.reportJoin.aPlaceInTheCountry" },
  "same-country": { k: "events.item.reportJoin.aSiteAndACity" },
  "not-stated": { k: "events.item.reportJoin.placeNotStated" },
};

/**
 * Why a report was joined to this event (the people both reports name, the date and the place
 * that agreed), and, for editors, the way to detach it when the two are different occasions.
 */
export function ReportJoin(props: { eventId: string; articleId: string; joinedBy: EventJoin | null; names: Map<string, string> }) {
  const { joinedBy, names } = props;
  const canDetach = useCan("correct");
  const format = useFormat();
  if (!joinedBy) return null;
  const within = /^within-(\d+)-days$/.exec(joinedBy.date);
  const date: Label | undefined = DATE_LABELS[joinedBy.date] ?? (within ? { k: "events.item.reportJoin.withinDays", values: { days: Number(within[1]) } } : undefined);
  const place: Label | undefined = PLACE_LABELS[joinedBy.place];
  const people = joinedBy.sharedParticipants.map((id) => names.get(id) ?? id);
  return (
    <div className="muted small" data-testid="report-join">
      <T k="events.item.reportJoin.joinedBecauseOf" /> <bdi>{format.list(people)}</bdi> · {date ? <T {...date} /> : <bdi>{joinedBy.date}</bdi>} ·{" "}
      {place ? <T {...place} /> : <bdi>{joinedBy.place}</bdi>}
      {joinedBy.types.includes("~") ? <> · {joinedBy.types}</> : null}
      {canDetach ? <DetachButton eventId={props.eventId} articleId={props.articleId} /> : null}
    </div>
  );
}

function DetachButton({ eventId, articleId }: { eventId: string; articleId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const detach = useMutation(
    trpc.events.detachReport.mutationOptions({
      onSuccess: async () => {
        // The correction log below lists the detach, with its undo.
        await queryClient.invalidateQueries(trpc.corrections.list.pathFilter());
        router.refresh();
      },
    }),
  );
  return (
    <>
      {" "}
      <button type="button" className="link-button" disabled={detach.isPending} onClick={() => detach.mutate({ eventId, articleId })}>
        <T k="events.item.reportJoin.detachThisReportAnotherOccasion" />
      </button>
      {detach.error ? (
        <span className="error" role="alert">
          {" "}
          <UserMessage error={detach.error} />
        </span>
      ) : null}
    </>
  );
}
