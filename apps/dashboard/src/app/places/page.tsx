import type { Metadata } from "next";
import { EntityDirectory } from "../_components/entity-directory";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الأماكن · Places" };

export default function PlacesPage() {
  return (
    <section>
      <h1>
        <T ar="الأماكن" en="Places" />
      </h1>
      <EntityDirectory type="place" noun={{ ar: "الأماكن", en: "places" }} />
    </section>
  );
}
