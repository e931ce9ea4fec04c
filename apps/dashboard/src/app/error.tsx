"use client";

import { T } from "./_components/t";

/** Shown when a page fails to render (e.g. the database is unreachable); details stay in the server log. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel empty" role="alert">
      <h1>
        <T ar="حدث خطأ" en="Something went wrong" />
      </h1>
      <p>
        <T ar="تعذّر عرض هذه الصفحة." en="This page could not be shown; the server log has the details." />
      </p>
      <button type="button" onClick={reset}>
        <T ar="إعادة المحاولة" en="Retry" />
      </button>
    </section>
  );
}
