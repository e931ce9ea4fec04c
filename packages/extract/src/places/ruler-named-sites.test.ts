import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { stateOfRulerNamingSite } from "./ruler-named-sites";

// Every sentence below is written for these tests, not taken from an article.

const stateOf = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).locations.find((l) => l.name === name)?.country;

describe("a base or port named after a ruler lies in the ruler's state", () => {
  it("even in a report about another state's troops arriving there", () => {
    const text = "تدريب مشترك\n\nعمان - وصلت وحدة من القوات الأردنية إلى قاعدة الملك فهد الجوية للمشاركة في تدريب يستمر أسبوعين.";
    expect(stateOf(text, "قاعدة الملك فهد الجوية")).toBe("SA");
  });

  it("in an English report too", () => {
    const text = "Joint drill\n\nNEW DELHI (AP) — An Indian frigate docked at Sultan Qaboos Port on Monday for a three-day call.";
    expect(stateOf(text, "Sultan Qaboos Port")).toBe("OM");
  });

  it("leaves a site named after someone else to the report's state", () => {
    const text = "تدريب مشترك\n\nعمان - وصلت وحدة من القوات الأردنية إلى قاعدة الشهيد موفق السلطي الجوية للمشاركة في تدريب.";
    expect(stateOf(text, "قاعدة الشهيد موفق السلطي الجوية")).toBe("JO");
  });

  it("reads a whole name, not a part of a longer one", () => {
    expect(stateOfRulerNamingSite("قاعدة الملك عبدالعزيز البحرية")).toBe("SA");
    expect(stateOfRulerNamingSite("قاعدة الملك عبد العزيز البحرية")).toBe("SA");
    expect(stateOfRulerNamingSite("ميناء الملك فهدان")).toBeNull();
  });
});
