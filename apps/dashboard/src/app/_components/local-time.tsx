"use client";

import { useFormat } from "./use-format";

/**
 * A timestamp in the interface's language and the reader's own time zone (the server's may
 * differ, hence no hydration warning). Its time is kept on one line: "5:54" above and "ص" below
 * reads as two things.
 */
export function LocalTime({ value }: { value: Date | string }) {
  const format = useFormat();
  const date = typeof value === "string" ? new Date(value) : value;
  const { day, time } = format.dateTimeParts(date);
  return (
    <time dateTime={date.toISOString()} dir="auto" suppressHydrationWarning>
      {day}
      <span className="time-of-day" suppressHydrationWarning>
        {time}
      </span>
    </time>
  );
}
