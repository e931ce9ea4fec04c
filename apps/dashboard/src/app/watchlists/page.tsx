import type { Metadata } from "next";
import { T } from "../_components/t";
import { WatchlistsPanel } from "./watchlists-panel";

export const metadata: Metadata = { title: "المتابعات · Watchlists" };

export default function WatchlistsPage() {
  return (
    <section>
      <h1>
        <T ar="قوائم المتابعة" en="Watchlists" />
      </h1>
      <p className="lead">
        تابع شخصًا أو جهة أو مكانًا أو زوجًا من الدول أو بحثًا محفوظًا من صفحته («متابعة»، «حفظ هذا البحث»).{" "}
        <span lang="en" dir="ltr">
          Follow a person, organization, place, pair of states or a saved search from its page (&quot;Follow&quot;, &quot;Save this search&quot;).
        </span>
      </p>
      <WatchlistsPanel />
    </section>
  );
}
