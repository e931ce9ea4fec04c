"use client";

const formatter = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A timestamp in the reader's own time zone (the server's may differ, hence no hydration warning). */
export function LocalTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()} dir="ltr" suppressHydrationWarning>
      {formatter.format(date)}
    </time>
  );
}
