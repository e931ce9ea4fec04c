import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("the proceedings of a gathering that began", () => {
  it("are a conference, dated by the lead", () => {
    const x = extractArticle({
      text: "انطلاق مؤتمر أمن الموانئ في مسقط\n\nمسقط 8 مارس (العمانية)- انطلقت في العاصمة العمانية مسقط، اليوم الاثنين 8 مارس 2027، أعمال المؤتمر الخليجي الثاني لأمن الموانئ بمشاركة وفود من ست دول.\n\nوافتتح المؤتمر قائد البحرية السلطانية العمانية اللواء البحري سالم بن ناصر الرواحي.\n",
    });
    const c = x.events.filter((e) => e.type === "conference");
    expect(c).toHaveLength(1);
    expect(c[0]?.date).toBe("2027-03-08");
    expect(x.events.some((e) => e.type === "other")).toBe(false);
  });
});
