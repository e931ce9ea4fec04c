import type { Metadata } from "next";
import { En } from "../_components/en";
import { EntityDirectory } from "../_components/entity-directory";

export const metadata: Metadata = { title: "الجهات · Organizations" };

export default function OrganizationsPage() {
  return (
    <section>
      <h1>
        الجهات · <En>Organizations</En>
      </h1>
      <EntityDirectory type="organization" noun={{ ar: "الجهات", en: "organizations" }} />
    </section>
  );
}
