import type { Metadata } from "next";
import { EntityDirectory } from "../_components/entity-directory";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الجهات · Organizations" };

export default function OrganizationsPage() {
  return (
    <section>
      <h1>
        <T ar="الجهات" en="Organizations" />
      </h1>
      <EntityDirectory type="organization" noun={{ ar: "الجهات", en: "organizations" }} />
    </section>
  );
}
