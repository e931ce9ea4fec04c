import { EntityDirectory } from "../_components/entity-directory";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.organizations");

export default function OrganizationsPage() {
  return (
    <section>
      <h1>
        <T k="organizations.page.organizations2" />
      </h1>
      <EntityDirectory type="organization" noun={{ k: "organizations.page.organizations" }} />
    </section>
  );
}
