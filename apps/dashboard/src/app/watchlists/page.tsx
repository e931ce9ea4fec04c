import { T } from "../_components/t";
import { WatchlistsPanel } from "./watchlists-panel";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.watchlists");

type Params = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The watchlists, a page at a time (`?after=` / `?before=` a cursor of the page beside); a
 * watchlist's page sends here, naming it, after deleting it.
 */
export default async function WatchlistsPage({ searchParams }: { searchParams: Params }) {
  const params = await searchParams;
  const deleted = one(params.deleted);
  const after = one(params.after);
  const before = after ? undefined : one(params.before);
  return (
    <section>
      <h1>
        <T k="watchlists.page.watchlists" />
      </h1>
      <p className="lead">
        <T k="watchlists.page.lead" />
      </p>
      {deleted ? (
        <p className="notice" role="status" data-testid="watchlist-deleted">
          <T k="watchlists.page.theWatchlistWasDeleted" values={{ name: deleted }} />
        </p>
      ) : null}
      <WatchlistsPanel page={{ after, before }} />
    </section>
  );
}
