import type { Metadata } from "next";
import { EntityDirectory } from "../_components/entity-directory";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الأشخاص · People" };

export default function PeoplePage() {
  return (
    <section>
      <h1>
        <T ar="الأشخاص" en="People" />
      </h1>
      <EntityDirectory type="person" noun={{ ar: "الأشخاص", en: "people" }} />
    </section>
  );
}
