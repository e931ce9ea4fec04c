import { describe, expect, it } from "vitest";
import { isCursorTimestamp } from "./cursor-time";

describe("isCursorTimestamp", () => {
  it("accepts what Postgres prints, refuses impossible days and times", () => {
    for (const ok of ["2026-01-11 09:30:00.123456+00", "2024-02-29T23:59:59Z", "2026-03-01 00:00:00+03:30"])
      expect(isCursorTimestamp(ok), ok).toBe(true);
    for (const bad of ["2026-13-45T99:99:99Z", "2026-02-31 10:00:00+00", "0000-01-01 00:00:00+00", "2026-01-11 24:00:00+00", "2026-01-11"])
      expect(isCursorTimestamp(bad), bad).toBe(false);
  });
});
