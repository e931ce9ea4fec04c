import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("Uganda's districts", () => {
  it("place an official of a district in Uganda, though the story is filed from another state", () => {
    const text =
      "Cattle raid at the border\n\nJUBA, June 3 - Herders crossed the border on Monday. The resident district commissioner of Adjumani, Grace Akello, told reporters the border was calm.";
    const x = extractArticle({ text, fileName: "t.txt" });
    expect(x.persons.find((p) => p.name === "Grace Akello")).toMatchObject({ country: "UG" });
    expect(x.locations.map((l) => [l.name, l.country])).toContainEqual(["Adjumani", "UG"]);
  });

  it("are read in Arabic only with their head", () => {
    const x = extractArticle({ text: "غارة على الحدود\n\nجوبا - عبر رعاة الحدود إلى مقاطعة أمورو يوم الاثنين.", fileName: "t.txt" });
    expect(x.locations.map((l) => l.country)).toContain("UG");
  });
});
