"use client";

import { En } from "./_components/en";

/** Shown when a page fails to render (e.g. the database is unreachable); details stay in the server log. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel empty" role="alert">
      <h1>
        حدث خطأ · <En>Something went wrong</En>
      </h1>
      <p>
        تعذّر عرض هذه الصفحة. · <En>This page could not be shown; the server log has the details.</En>
      </p>
      <button type="button" onClick={reset}>
        إعادة المحاولة · <En>Retry</En>
      </button>
    </section>
  );
}
