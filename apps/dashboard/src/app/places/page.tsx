import { EntityDirectory } from "../_components/entity-directory";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.places");

export default function PlacesPage() {
  return (
    <section>
      <h1>
        <T k="places.page.places2" />
      </h1>
      <EntityDirectory type="place" noun={{ k: "places.page.places" }} />
    </section>
  );
}
