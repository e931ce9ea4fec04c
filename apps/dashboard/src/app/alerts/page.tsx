import { T } from "../_components/t";
import { AlertsInbox } from "./alerts-inbox";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.alerts");

export default function AlertsPage() {
  return (
    <section>
      <h1>
        <T k="alerts.page.alerts" />
      </h1>
      <p className="lead">
        <T k="alerts.page.lead" />
      </p>
      <AlertsInbox />
    </section>
  );
}
