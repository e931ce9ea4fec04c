import type { Metadata } from "next";
import { Suspense } from "react";
import { Loading } from "../_components/query-state";
import { EventTimeline } from "./event-timeline";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الأحداث · Events" };

export default function EventsPage() {
  return (
    <section>
      <h1>
        <T ar="الأحداث" en="Events" />
      </h1>
      <Suspense fallback={<Loading />}>
        <EventTimeline />
      </Suspense>
    </section>
  );
}
