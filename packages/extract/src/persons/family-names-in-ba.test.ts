import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("family names in با", () => {
  it("keeps a family name in با at the end of a name, and the bare family name later joins the person", () => {
    expect(names("وأوضح قائد القطاع العميد أبو بكر سالم باوزير أن القارب كان قادما. وأشار باوزير إلى أن الشحنة كبيرة.")).toEqual(["أبو بكر سالم باوزير"]);
  });

  it("still reads ب as the preposition before a definite word", () => {
    expect(names("وتحدث العميد محمد سالم باسم الوزارة في المؤتمر.")).toEqual(["محمد سالم"]);
  });
});
