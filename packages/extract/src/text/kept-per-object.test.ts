import { describe, expect, it } from "vitest";
import { keptPerObject } from "./kept-per-object";

describe("keptPerObject", () => {
  it("computes once per object and apart for another", () => {
    let calls = 0;
    const size = keptPerObject((o: { words: string[] }) => {
      calls++;
      return o.words.length;
    });
    const a = { words: ["x", "y"] };
    expect(size(a)).toBe(2);
    expect(size(a)).toBe(2);
    expect(size({ words: [] })).toBe(0);
    expect(calls).toBe(2);
  });
});
