import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-10" });
// A crossing is listed by its name alone (`معبر X`); the form with its adjective stays an alias.
const stateOf = (x: ReturnType<typeof read>, name: string) =>
  x.locations.find((l) => l.name === name || l.aliases?.includes(name))?.country;

describe("the state a border crossing stands in", () => {
  it("takes the area printed right after the crossing over the town across the border it is named after", () => {
    const x = read("وتفقد وزير الداخلية العراقي، عادل الجبوري، أمس معبر الرمثا الحدودي غربي محافظة الأنبار، واطلع على حركة الشاحنات.");
    expect(stateOf(x, "معبر الرمثا الحدودي")).toBe("IQ");
  });

  it("keeps the town's state when no area follows", () => {
    const x = read("وتفقد وزير الداخلية الأردني، عادل الخوالدة، أمس معبر الرمثا الحدودي، واطلع على حركة الشاحنات.");
    expect(stateOf(x, "معبر الرمثا الحدودي")).toBe("JO");
  });
});
