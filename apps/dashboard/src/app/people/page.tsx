import { EntityDirectory } from "../_components/entity-directory";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.people");

export default function PeoplePage() {
  return (
    <section>
      <h1>
        <T k="people.page.people2" />
      </h1>
      <EntityDirectory type="person" noun={{ k: "people.page.people" }} />
    </section>
  );
}
