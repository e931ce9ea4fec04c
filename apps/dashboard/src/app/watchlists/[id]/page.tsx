import { WatchlistDetail } from "./watchlist-detail";
import { pageMetadata } from "../../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.watchlist");

export default async function WatchlistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WatchlistDetail id={id} />;
}
