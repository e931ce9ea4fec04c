import { describe, expect, it } from "vitest";
import { countryOptions } from "./country-options";

describe("countryOptions", () => {
  it("names every state in the interface language, sorted by that name", () => {
    const english = countryOptions("en");
    expect(english.length).toBeGreaterThan(240);
    expect(english.find((o) => o.code === "EG")?.label).toBe("Egypt");
    const labels = english.map((o) => o.label);
    expect(labels.indexOf("Jordan")).toBeLessThan(labels.indexOf("Kenya"));

    const arabic = countryOptions("ar");
    expect(arabic.find((o) => o.code === "EG")?.label).toBe("مصر");
    // Alphabetical in Arabic: the alef forms come first, waw and ya last.
    expect(arabic[0]!.label).toMatch(/^[آأإا]/);
    expect(arabic.at(-1)!.label).toMatch(/^[وي]/);
  });

  it("gives both names in the bilingual mode, in Arabic order", () => {
    const both = countryOptions("both");
    expect(both.find((o) => o.code === "JO")?.label).toBe("الأردن · Jordan");
    expect(both.map((o) => o.code)).toEqual(countryOptions("ar").map((o) => o.code));
  });
});
