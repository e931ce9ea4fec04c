import { describe, expect, it } from "vitest";
import { buildNetworkGraph, countryName } from "./network-graph";

describe("buildNetworkGraph", () => {
  it("adds one node per state, a serves edge per person and met edges with their weight", () => {
    const graph = buildNetworkGraph({
      persons: [
        { id: "a", name: "أ", country: "EG", activity: 3 },
        { id: "b", name: "ب", country: "eg", activity: 2 },
        { id: "c", name: "ج", country: null, activity: 1 },
      ],
      meetings: [{ sourceId: "a", targetId: "b", weight: 2 }],
    });
    expect(graph.nodes.map((n) => [n.id, n.kind, n.activity])).toEqual([
      ["a", "person", 3],
      ["b", "person", 2],
      ["c", "person", 1],
      ["state:EG", "state", 5],
    ]);
    expect(graph.edges).toEqual([
      { source: "a", target: "state:EG", kind: "serves", weight: 1 },
      { source: "b", target: "state:EG", kind: "serves", weight: 1 },
      { source: "a", target: "b", kind: "met", weight: 2 },
    ]);
  });

  it("names states in Arabic", () => {
    expect(countryName("EG")).toBe("مصر");
  });
});
