import type { Metadata } from "next";
import { En } from "../_components/en";
import { EntityDirectory } from "../_components/entity-directory";

export const metadata: Metadata = { title: "الأماكن · Places" };

export default function PlacesPage() {
  return (
    <section>
      <h1>
        الأماكن · <En>Places</En>
      </h1>
      <EntityDirectory type="place" noun={{ ar: "الأماكن", en: "places" }} />
    </section>
  );
}
