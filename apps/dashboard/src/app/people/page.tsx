import type { Metadata } from "next";
import { En } from "../_components/en";
import { EntityDirectory } from "../_components/entity-directory";

export const metadata: Metadata = { title: "الأشخاص · People" };

export default function PeoplePage() {
  return (
    <section>
      <h1>
        الأشخاص · <En>People</En>
      </h1>
      <EntityDirectory type="person" noun={{ ar: "الأشخاص", en: "people" }} />
    </section>
  );
}
