import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("clashes and exchanges of fire", () => {
  it("reads a single clash between two armies as a happening", () => {
    const x = read("حدود", "", "وقع اشتباك أمس بين دوريتين من الجيشين الكيني والصومالي قرب بلدة مانديرا.");
    expect(x.events.map((e) => [e.type, e.location])).toEqual([["other", "مانديرا"]]);
  });

  it("reads an exchange of fire told in a statement", () => {
    const x = read("Border", "", "The army said two soldiers were wounded in an exchange of fire with rebels near Goma on Tuesday.");
    expect(x.events.map((e) => [e.type, e.location])).toEqual([["other", "Goma"]]);
  });
});
