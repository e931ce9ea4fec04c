import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });
const kinds = (x: ReturnType<typeof read>) => x.events.map((e) => e.type);

describe("a session agreed for later", () => {
  it("is a plan, no agreement, beside the talks at which it was agreed", () => {
    const x = read(
      "مباحثات عسكرية",
      "",
      "دكار - التقى رئيس الأركان السنغالي الفريق مامادو سيك اليوم الثلاثاء نظيره الغامبي اللواء لامين جالو في دكار.",
      "واتفق الجانبان على أن تعقد اللجنة العسكرية المشتركة دورتها القادمة في بانجول.",
    );
    expect(kinds(x)).toEqual(["meeting"]);
    const en = read(
      "Talks",
      "",
      "DAKAR - Senegal's army chief Mamadou Sick met his Gambian counterpart Lamin Jallow in Dakar on Tuesday.",
      "The two sides agreed to hold the next round of talks in Banjul next month.",
    );
    expect(kinds(en)).toEqual(["meeting"]);
  });

  it("still reads an agreement on something done", () => {
    const x = read("دوريات", "", "دكار - اتفق الجانبان اليوم على تسيير دوريات مشتركة على الحدود اعتبارا من الشهر المقبل.", "وقال ضابط إن الوضع هادئ.");
    expect(kinds(x)).toEqual(["agreement"]);
  });
});
