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
      from: "",
      to: "",
    });
    expect(readFilters(new URLSearchParams("a=EGY&type=party&person=nope"))).toEqual({
      a: "",
      b: "",
      type: "",
      person: "",
      from: "",
      to: "",
    });
    expect(readFilters(new URLSearchParams("from=2026-01-01&to=2026-01-31"))).toMatchObject({ from: "2026-01-01", to: "2026-01-31" });
    expect(readFilters(new URLSearchParams("from=2026-13-45&to=yesterday"))).toMatchObject({ from: "", to: "" });
    expect(readFilters(new URLSearchParams("from=2026-02-01&to=2026-01-01"))).toMatchObject({ from: "2026-02-01", to: "" });
  });

  it("writes back only the filters that are set", () => {
    expect(filtersToSearch({ a: "EG", b: "", type: "", person: "", from: "", to: "" })).toBe("?a=EG");
    expect(filtersToSearch({ a: "", b: "", type: "", person: "", from: "2026-01-01", to: "" })).toBe("?from=2026-01-01");
    expect(filtersToSearch({ a: "", b: "", type: "", person: "", from: "", to: "" })).toBe("");
  });
});

describe("groupByDay", () => {
  it("groups dated events by their date, newest first, and keeps undated ones apart", () => {
    const groups = groupByDay([
      { id: 1, date: null },
      { id: 2, date: "2026-01-05" },
      { id: 3, date: "2026-01-02" },
      { id: 4, date: "2026-01-02" },
      { id: 5, date: null },
    ]);
    expect(groups.days.map((g) => [g.day, g.items.map((e) => e.id)])).toEqual([
      ["2026-01-05", [2]],
      ["2026-01-02", [3, 4]],
    ]);
    expect(groups.undated.map((e) => e.id)).toEqual([1, 5]);
  });
});
