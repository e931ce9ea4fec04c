"use client";

import { useFormat } from "./use-format";

/**
 * A timestamp in the interface's language and the reader's own time zone (the server's may
 * differ, hence no hydration warning).
 */
export function LocalTime({ value }: { value: Date | string }) {
  const format = useFormat();
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()} dir="auto" suppressHydrationWarning>
      {format.dateTime(date)}
    </time>
  );
}
