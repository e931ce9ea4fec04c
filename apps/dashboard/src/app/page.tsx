import type { Metadata } from "next";
import { OverviewPanels } from "./overview/overview-panels";
import { T } from "./_components/t";

export const metadata: Metadata = { title: "نظرة عامة · Overview" };

export default function OverviewPage() {
  return (
    <section>
      <h1>
        <T ar="نظرة عامة" en="Overview" />
      </h1>
      <OverviewPanels />
    </section>
  );
}
