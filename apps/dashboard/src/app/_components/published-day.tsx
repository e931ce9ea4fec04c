"use client";

import { T } from "./t";

/** An article's publication day in a list card; the submission time is no stand-in for it. */
export function PublishedDay({ value }: { value: string | null }) {
  return (
    <span data-testid="published-day">
      <T k="common.publishedDay.published" />{" "}
      {value ? <bdi dir="ltr">{value}</bdi> : <T k="common.publishedDay.onAnUnknownDate" />}
    </span>
  );
}
