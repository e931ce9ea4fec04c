import "../analysis.css";
import type { Metadata } from "next";
import { En } from "../_components/en";
import { QueuePanel } from "./queue-panel";

export const metadata: Metadata = { title: "الطابور · Queue" };

export default function QueuePage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          طابور المعالجة · <En>Processing queue</En>
        </h1>
      </div>
      <p className="lead">
        مهام معالجة المقالات كما يراها BullMQ، تُحدَّث كل ثانيتين ·{" "}
        <En>The article-processing jobs as BullMQ sees them, refreshed every 2 seconds.</En>
      </p>
      <QueuePanel />
    </section>
  );
}
