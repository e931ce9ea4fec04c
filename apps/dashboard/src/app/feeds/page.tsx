import { FeedsPanel } from "./feeds-panel";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.feeds");

export default function FeedsPage() {
  return (
    <section>
      <h1>
        <T k="feeds.page.feeds" />
      </h1>
      <p className="lead">
        <T k="feeds.page.lead" />
      </p>
      <FeedsPanel />
    </section>
  );
}
