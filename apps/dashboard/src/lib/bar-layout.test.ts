import { describe, expect, it } from "vitest";
import { barStart } from "./bar-layout";

describe("barStart", () => {
  it("puts the first (oldest) bar on the left in English", () => {
    const xs = [0, 1, 2, 3].map((i) => barStart(i, 4, "ltr"));
    expect(xs[0]).toBeLessThan(xs[3]!);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeCloseTo(3.75);
  });

  it("puts the first (oldest) bar on the right in Arabic", () => {
    const xs = [0, 1, 2, 3].map((i) => barStart(i, 4, "rtl"));
    expect(xs[0]).toBeGreaterThan(xs[3]!);
    expect(xs[0]).toBeCloseTo(78.75);
    expect(xs[3]).toBeCloseTo(3.75);
  });
});
