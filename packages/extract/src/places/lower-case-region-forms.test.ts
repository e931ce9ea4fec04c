import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const names = (x: ReturnType<typeof read>) => x.locations.map((l) => l.name);

describe("regions printed with a lower-case prefix, and a region's named part", () => {
  it("reads 'sub-Saharan Africa' as the region, as printed", () => {
    const x = read("Oil output", "", "The country, among sub-Saharan Africa's smaller producers, raised its output last year.");
    expect(names(x)).toContain("sub-Saharan Africa");
  });

  it("reads the Greater Caucasus whole, not the bare Caucasus", () => {
    const x = read("Road opens", "", "The new road climbs through the Greater Caucasus to the border.");
    expect(names(x)).toContain("Greater Caucasus");
    expect(names(x)).not.toContain("Caucasus");
  });

  it("still reads no region from a lower-case form that is common words ('the gulf between them')", () => {
    const x = read("Talks", "", "The envoy said the gulf between the two sides had narrowed.");
    expect(names(x)).not.toContain("Persian Gulf");
  });
});
