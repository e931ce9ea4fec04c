import type { Metadata } from "next";
import { Suspense } from "react";
import { En } from "../_components/en";
import { Loading } from "../_components/query-state";
import { EventTimeline } from "./event-timeline";

export const metadata: Metadata = { title: "الأحداث · Events" };

export default function EventsPage() {
  return (
    <section>
      <h1>
        الأحداث · <En>Events</En>
      </h1>
      <Suspense fallback={<Loading />}>
        <EventTimeline />
      </Suspense>
    </section>
  );
}
