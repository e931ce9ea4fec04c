import type { Metadata } from "next";
import { En } from "./_components/en";
import { OverviewPanels } from "./overview/overview-panels";

export const metadata: Metadata = { title: "نظرة عامة · Overview" };

export default function OverviewPage() {
  return (
    <section>
      <h1>
        نظرة عامة · <En>Overview</En>
      </h1>
      <OverviewPanels />
    </section>
  );
}
