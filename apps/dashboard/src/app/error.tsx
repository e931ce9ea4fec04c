"use client";

import { T } from "./_components/t";

/** Shown when a page fails to render (e.g. the database is unreachable); details stay in the server log. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel empty" role="alert">
      <h1>
        <T k="error.somethingWentWrong" />
      </h1>
      <p>
        <T k="error.thisPageCouldNotBe" />
      </p>
      <button type="button" onClick={reset}>
        <T k="error.retry" />
      </button>
    </section>
  );
}
