import { OverviewPanels } from "./overview/overview-panels";
import { T } from "./_components/t";
import { pageMetadata } from "../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.overview");

export default function OverviewPage() {
  return (
    <section>
      <h1>
        <T k="page.overview" />
      </h1>
      <OverviewPanels />
    </section>
  );
}
