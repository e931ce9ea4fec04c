import type { Metadata } from "next";
import { FeedsPanel } from "./feeds-panel";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الخلاصات · Feeds" };

export default function FeedsPage() {
  return (
    <section>
      <h1>
        <T ar="الخلاصات" en="Feeds" />
      </h1>
      <p className="lead">
        سجّل خلاصة RSS أو Atom لمصدر إخباري؛ تُفحص على فترات منتظمة ويُرسل كل خبر جديد مرة واحدة.{" "}
        <span lang="en" dir="ltr">
          Register an outlet&apos;s RSS or Atom feed: it is polled on its interval and each new item is queued once.
        </span>
      </p>
      <FeedsPanel />
    </section>
  );
}
