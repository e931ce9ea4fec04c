"use client";

import type { EventJoin } from "@marsad/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { userMessage } from "../../../trpc/error-message";
import { useTRPC } from "../../../trpc/react";
import { T } from "../../_components/t";
import { useCan } from "../../_components/use-can";

const DATE_LABELS: Record<string, { ar: string; en: string }> = {
  "same-day": { ar: "اليوم نفسه", en: "the same day" },
  undated: { ar: "بلا تاريخ: بالمشاركين والمكان وحدهم", en: "undated: on its people and place alone" },
};
const PLACE_LABELS: Record<string, { ar: string; en: string }> = {
  "same-place": { ar: "المكان نفسه", en: "the same place" },
  "place-in-country": { ar: "مكان في الدولة المذكورة", en: "a place in the country named" },
  "same-country": { ar: "موقع ومدينة في الدولة نفسها", en: "a site and a city of the same country" },
  "not-stated": { ar: "مكان غير مذكور", en: "place not stated" },
};

/**
 * Why a report was joined to this event (the people both reports name, the date and the place
 * that agreed), and, for editors, the way to detach it when the two are different occasions.
 */
export function ReportJoin(props: { eventId: string; articleId: string; joinedBy: EventJoin | null; names: Map<string, string> }) {
  const { joinedBy, names } = props;
  const canDetach = useCan("correct");
  if (!joinedBy) return null;
  const within = /^within-(\d+)-days$/.exec(joinedBy.date);
  const date = DATE_LABELS[joinedBy.date] ?? (within ? { ar: `في حدود ${within[1]} يوم`, en: `within ${within[1]} day(s)` } : { ar: joinedBy.date, en: joinedBy.date });
  const place = PLACE_LABELS[joinedBy.place] ?? { ar: joinedBy.place, en: joinedBy.place };
  const people = joinedBy.sharedParticipants.map((id) => names.get(id) ?? id);
  return (
    <div className="muted small" data-testid="report-join">
      <T ar="ضُمّ لأن:" en="Joined because of:" /> <bdi>{people.join("، ")}</bdi> · <T ar={date.ar} en={date.en} /> ·{" "}
      <T ar={place.ar} en={place.en} />
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
        <T ar="فصل هذا التقرير (مناسبة أخرى)" en="Detach this report (another occasion)" />
      </button>
      {detach.error ? (
        <span className="error" role="alert">
          {" "}
          {userMessage(detach.error)}
        </span>
      ) : null}
    </>
  );
}
