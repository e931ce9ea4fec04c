import { describe, expect, it } from "vitest";
import { highlightSegments, type Highlight } from "./highlight-segments";

const h = (start: number, end: number, type: Highlight["type"] = "person"): Highlight => ({
  start,
  end,
  type,
  entityId: `e${start}`,
  name: `n${start}`,
});

describe("highlightSegments", () => {
  const text = "التقى الفريق سالم بوزير الدفاع في القاهرة";

  it("keeps every character, in order, with the mentions marked", () => {
    const segments = highlightSegments(text, [h(34, 41, "place"), h(6, 17)]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.highlight).map((s) => s.text)).toEqual(["الفريق سالم", "القاهرة"]);
  });

  it("drops overlapping and out-of-range mentions instead of breaking the text", () => {
    const segments = highlightSegments(text, [h(6, 17), h(13, 20), h(40, 99), h(5, 5)]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.highlight)).toHaveLength(1);
  });

  it("returns the text alone when nothing is highlighted", () => {
    expect(highlightSegments(text, [])).toEqual([{ text }]);
  });
});
