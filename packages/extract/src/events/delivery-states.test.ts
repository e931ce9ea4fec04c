import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("the states of a team or goods that arrived", () => {
  it("adds the article's sending state to the state where a team named by its work landed", () => {
    const text = [
      "حملة أردنية لعلاج أمراض العيون في النيجر",
      "",
      "نيامي 14 أبريل 2029 - أطلقت الهيئة الخيرية الأردنية، أمس، حملة طبية لعلاج أمراض العيون في النيجر بمشاركة أطباء من الأردن.",
      "ووصل الفريق الطبي إلى مطار نيامي الدولي يوم الأحد الماضي على متن رحلة خاصة تحمل الأجهزة.",
    ].join("\n");
    const arrival = extractArticle({ text, publishedHint: "2029-04-14" }).events.find((e) => e.type === "other" && e.summary.includes("الفريق الطبي"));
    expect(arrival).toBeDefined();
    expect([...arrival!.countries].sort()).toEqual(["JO", "NE"]);
  });
});
