import "../analysis.css";
import type { Metadata } from "next";
import { NetworkView } from "./network-view";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الشبكة · Network" };

export default function NetworkPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          <T ar="من التقى بمن" en="Who met whom" />
        </h1>
      </div>
      <p className="lead">
        <T ar="الأشخاص الذين شاركوا في الأحداث نفسها، وحجم الدائرة بعدد الأحداث. اسحب للتحريك، ومرّر العجلة للتكبير" en="People who took part in the same events; circle size is the number of events. Drag to pan, scroll to zoom." />
      </p>
      <NetworkView />
    </section>
  );
}
