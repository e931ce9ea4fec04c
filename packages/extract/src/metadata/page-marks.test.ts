import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

describe("marks of a page around the story", () => {
  it("reads two letters apart on the closing line as the editor's initials, not the source", () => {
    const text =
      "افتتاح مركز للتدريب المهني في صحار\n\nصحار في ٣ مايو ٢٠٢٧ /العمانية/ افتتحت وزارة العمل اليوم مركزا جديدا للتدريب المهني يستوعب أربعمائة متدرب في تخصصات الصيانة والكهرباء.\n\n/العمانية/\nس م\n";
    expect(extractArticle({ text }).source).toBe("العمانية");
  });

  it("reads the agencies after a town and its bracketed state, closed by a colon", () => {
    const text =
      "انفجار في مستودع للوقود قرب الميناء\n\nالبصرة (العراق) - وكالات: وقع انفجار في مستودع للوقود قرب ميناء المدينة مساء الأحد من دون أن يسفر عن إصابات، بحسب ما أفاد به الدفاع المدني.\n";
    expect(extractArticle({ text }).source).toBe("وكالات");
  });

  it("takes a date-and-time line over the headline as the day of publication, and the next line as the title", () => {
    const text =
      "March 4, 2027 09:15 AM UTC\n\nPort authority approves new container terminal for northern harbour\n\nBy Tomas Herrera\n\nVALPARAISO, March 4 (Reuters) - The port authority approved on Thursday a plan for a new container terminal that will double the harbour's capacity by the end of the decade, officials said.\n";
    const x = extractArticle({ text });
    expect(x.title).toBe("Port authority approves new container terminal for northern harbour");
    expect(x.published).toBe("2027-03-04");
  });

  it("reads a personal name alone between the headline and the body as the writer", () => {
    const text =
      "الأحد ٧ آذار ٢٠٢٧\n\nبلدية طرابلس تطلق حملة لتنظيف الشاطئ الشمالي\n\nسمير الأيوبي\n\nأطلقت بلدية طرابلس أمس حملة واسعة لتنظيف الشاطئ الشمالي بمشاركة متطوعين من الجمعيات الأهلية وطلاب المدارس، على أن تستمر أسبوعين.\n";
    expect(extractArticle({ text }).author).toBe("سمير الأيوبي");
  });
});
