import { describe, expect, it } from "vitest";
import { filtersToSearch, groupByDay, readFilters } from "./event-filters";

describe("readFilters", () => {
  it("reads valid filters and drops malformed ones", () => {
    const id = "0b7f6f7e-8a4c-4f5e-9a51-2f9d8a6c1d10";
    expect(readFilters(new URLSearchParams(`a=eg&b=JO&type=visit&person=${id}`))).toEqual({
      a: "EG",
      b: "JO",
      type: "visit",
      person: id,
    });
    expect(readFilters(new URLSearchParams("a=EGY&type=party&person=nope"))).toEqual({
      a: "",
      b: "",
      type: "",
      person: "",
    });
  });

  it("writes back only the filters that are set", () => {
    expect(filtersToSearch({ a: "EG", b: "", type: "", person: "" })).toBe("?a=EG");
    expect(filtersToSearch({ a: "", b: "", type: "", person: "" })).toBe("");
  });
});

describe("groupByDay", () => {
  it("groups by the event's own date, else its anchor date, newest first", () => {
    const groups = groupByDay([
      { id: 1, date: null, anchorDate: "2026-01-02" },
      { id: 2, date: "2026-01-05", anchorDate: "2026-01-05" },
      { id: 3, date: "2026-01-02", anchorDate: "2026-01-03" },
    ]);
    expect(groups.map((g) => [g.day, g.items.map((e) => e.id)])).toEqual([
      ["2026-01-05", [2]],
      ["2026-01-02", [1, 3]],
    ]);
  });
});
