"use client";

import { T } from "./t";

/** An article's publication day in a list card; the submission time is no stand-in for it. */
export function PublishedDay({ value }: { value: string | null }) {
  return (
    <span data-testid="published-day">
      <T ar="نُشر" en="Published" />{" "}
      {value ? <bdi dir="ltr">{value}</bdi> : <T ar="في تاريخ غير معروف" en="on an unknown date" />}
    </span>
  );
}
