import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "./label-placement";

const node = (id: string, x: number, y: number, priority: number, label = `name ${id}`): LabelCandidate => ({
  id,
  label,
  x,
  y,
  r: 5,
  priority,
});

describe("placeLabels", () => {
  it("labels every node of a sparse graph", () => {
    const nodes = [node("a", 0, 0, 1), node("b", 200, 0, 1), node("c", 0, 200, 1)];
    expect(placeLabels(nodes, 1, 11)).toEqual(new Set(["a", "b", "c"]));
  });

  it("in a dense cluster keeps the most important label and drops those it would overlap", () => {
    // Three people 10 units apart on one line: their labels (about 40 px wide) would overlap.
    const nodes = [node("quiet", 10, 0, 1), node("busy", 0, 0, 5), node("state", 20, 0, 9)];
    const shown = placeLabels(nodes, 1, 11);
    expect(shown.has("state")).toBe(true);
    expect(shown.has("busy")).toBe(false);
    expect(shown.has("quiet")).toBe(false);
  });

  it("never writes a label over another node's circle", () => {
    // "low" sits right above "high": high's label would cover low's circle.
    const nodes = [node("high", 0, 0, 5), node("low", 0, -14, 1, "x")];
    expect(placeLabels(nodes, 1, 11).has("high")).toBe(false);
  });

  it("shows more labels as the reader zooms in, and no more than the limit", () => {
    const nodes = Array.from({ length: 10 }, (_, i) => node(String(i), i * 12, (i % 2) * 12, 10 - i));
    const far = placeLabels(nodes, 1, 11).size;
    const near = placeLabels(nodes, 6, 11).size;
    expect(near).toBeGreaterThan(far);
    expect(placeLabels(nodes, 6, 11, 3).size).toBe(3);
  });

  it("no two placed labels overlap in a random dense graph", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const nodes = Array.from({ length: 80 }, (_, i) => node(String(i), random() * 400, random() * 400, random() * 10, "اسم شخص ما"));
    const shown = nodes.filter((n) => placeLabels(nodes, 1, 11).has(n.id));
    expect(shown.length).toBeGreaterThan(3);
    const width = "اسم شخص ما".length * 0.62 * 11;
    for (const a of shown)
      for (const b of shown) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= width || Math.abs(a.y - a.r - (b.y - b.r)) >= 1.8 * 11;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
  });
});
