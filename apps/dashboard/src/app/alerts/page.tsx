import type { Metadata } from "next";
import { T } from "../_components/t";
import { AlertsInbox } from "./alerts-inbox";

export const metadata: Metadata = { title: "التنبيهات · Alerts" };

export default function AlertsPage() {
  return (
    <section>
      <h1>
        <T ar="التنبيهات" en="Alerts" />
      </h1>
      <p className="lead">
        ما استجدّ فيما تتابعه، مجمّعًا حسب قائمة المتابعة.{" "}
        <span lang="en" dir="ltr">
          What is new in what you follow, grouped by watchlist.
        </span>
      </p>
      <AlertsInbox />
    </section>
  );
}
