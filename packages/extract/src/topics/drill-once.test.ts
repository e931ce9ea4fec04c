import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("a drill named once is news in passing; a story about a drill names it again", () => {
  it("does not make training of a drill a ship took part in before", () => {
    expect(topics("أنقذت السفينة طاقم قارب صيد قبالة الجزيرة. وأشار القائد إلى أن السفينة شاركت قبل شهر في تمرين بحري متعدد الجنسيات.")).not.toContain("training");
    expect(topics("The cutter rescued four fishermen off the cape. The crew had taken part in a rescue drill last month.")).not.toContain("training");
  });

  it("makes training of a drill the story tells twice", () => {
    expect(topics("بدأت القوات البرية تمرينا في الصحراء. ويستمر التمرين أسبوعين بمشاركة ألف جندي.")).toContain("training");
    expect(topics("Troops began a week-long exercise in the hills on Monday. The exercise ends on Saturday.")).toContain("training");
  });

  it("still makes training of the training of officers named once", () => {
    expect(topics("وقع الجانبان اتفاقا يشمل تدريب الضباط في الكلية الحربية.")).toContain("training");
  });
});
