import { Suspense } from "react";
import { Loading } from "../_components/query-state";
import { EventTimeline } from "./event-timeline";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.events");

export default function EventsPage() {
  return (
    <section>
      <h1>
        <T k="events.page.events" />
      </h1>
      <Suspense fallback={<Loading />}>
        <EventTimeline />
      </Suspense>
    </section>
  );
}
