import type { Metadata } from "next";
import { WatchlistDetail } from "./watchlist-detail";

export const metadata: Metadata = { title: "قائمة متابعة · Watchlist" };

export default async function WatchlistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WatchlistDetail id={id} />;
}
