import "../analysis.css";
import type { Metadata } from "next";
import { QueuePanel } from "./queue-panel";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الطابور · Queue" };

export default function QueuePage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          <T ar="طابور المعالجة" en="Processing queue" />
        </h1>
      </div>
      <p className="lead">
        <T ar="مهام معالجة المقالات كما يراها BullMQ، تُحدَّث كل ثانيتين" en="The article-processing jobs as BullMQ sees them, refreshed every 2 seconds." />
      </p>
      <QueuePanel />
    </section>
  );
}
