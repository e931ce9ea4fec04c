import "../analysis.css";
import { QueuePanel } from "./queue-panel";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.queue");

export default function QueuePage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          <T k="queue.page.processingQueue" />
        </h1>
      </div>
      <p className="lead">
        <T k="queue.page.theArticleProcessingJobsAs" />
      </p>
      <QueuePanel />
    </section>
  );
}
