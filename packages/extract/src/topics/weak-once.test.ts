import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("a body named in passing counts half a cue however often it is named", () => {
  it("does not make politics of the government named twice", () => {
    expect(topics("وصلت إلى الميناء شحنة من القمح أرسلتها الحكومة إلى المناطق المتضررة. وقالت الحكومة إن شحنة ثانية ستصل الأسبوع المقبل.")).not.toContain("politics");
  });

  it("still adds up two different bodies", () => {
    expect(topics("وصلت إلى الميناء شحنة من القمح أرسلتها الحكومة إلى المناطق المتضررة. وطالب البرلمان بتوزيعها خلال أسبوع.")).toContain("politics");
  });

  it("counts a body once whether or not its name carries the article", () => {
    expect(topics("افتتح مستشفى جديد في المدينة بتمويل من حكومة الإقليم. وقالت الحكومة إن المستشفى سيستقبل المرضى الأسبوع المقبل.")).not.toContain("politics");
  });
});
