import { describe, expect, it } from "vitest";
import data from "../lexicon/world-towns.json";
import { worldTownsNamed } from "./world-towns";

describe("world-towns.json, read by binary search", () => {
  it("credits GeoNames and finds every name it lists, sorted as the search needs", () => {
    expect(data.source).toMatch(/GeoNames.*CC BY 4\.0/);
    const lines = data.towns.split("\n");
    for (let i = 1; i < lines.length; i++) {
      const name = lines[i]!.slice(0, lines[i]!.indexOf("\t"));
      expect(lines[i - 1]!.slice(0, lines[i - 1]!.indexOf("\t")) < name).toBe(true);
      if (worldTownsNamed(name).length === 0) expect.fail(`${name} not found`);
    }
  });

  it("finds nothing for a name it lacks, nor for a piece of a line", () => {
    for (const name of ["", "Zzzzzz", "A", "Lajes\tPT:5", "PT:5"]) expect(worldTownsNamed(name)).toEqual([]);
  });
});
