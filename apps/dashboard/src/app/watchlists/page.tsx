import { T } from "../_components/t";
import { WatchlistsPanel } from "./watchlists-panel";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.watchlists");

export default function WatchlistsPage() {
  return (
    <section>
      <h1>
        <T k="watchlists.page.watchlists" />
      </h1>
      <p className="lead">
        <T k="watchlists.page.lead" />
      </p>
      <WatchlistsPanel />
    </section>
  );
}
