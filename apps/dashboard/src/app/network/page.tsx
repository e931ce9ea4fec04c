import "../analysis.css";
import type { Metadata } from "next";
import { En } from "../_components/en";
import { NetworkView } from "./network-view";

export const metadata: Metadata = { title: "الشبكة · Network" };

export default function NetworkPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          من التقى بمن · <En>Who met whom</En>
        </h1>
      </div>
      <p className="lead">
        الأشخاص الذين شاركوا في الأحداث نفسها، وحجم الدائرة بعدد الأحداث. اسحب للتحريك، ومرّر العجلة للتكبير ·{" "}
        <En>People who took part in the same events; circle size is the number of events. Drag to pan, scroll to zoom.</En>
      </p>
      <NetworkView />
    </section>
  );
}
