import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-10" });

describe("a call a visitor had paid on another day, at a place of its own", () => {
  it("is a visit apart from the state visit the story tells", () => {
    const x = read(
      "رئيس الأركان القطري يستقبل نائبة وزير الدفاع الإستونية",
      "الدوحة في 10 مارس 2027 / قنا / استقبل الفريق الركن سالم حمد النابت، رئيس أركان القوات المسلحة القطرية، صباح اليوم الأربعاء في مكتبه، السيدة كادري تام نائبة وزير الدفاع بجمهورية إستونيا، التي تقوم بزيارة رسمية إلى دولة قطر تستمر ثلاثة أيام.",
      "وجرى خلال اللقاء بحث أوجه التعاون العسكري بين البلدين.",
      "وكانت نائبة الوزير قد زارت أمس الثلاثاء كلية أحمد بن محمد العسكرية في الدوحة، حيث اطلعت على برامجها التدريبية.",
    );
    const visits = x.events.filter((e) => e.type === "visit");
    expect(visits.map((e) => e.date)).toEqual(["2027-03-10", "2027-03-09"]);
  });

  it("keeps the arrival of the visitor in the visit", () => {
    const x = read(
      "رئيس الأركان القطري يستقبل نائبة وزير الدفاع الإستونية",
      "الدوحة في 10 مارس 2027 / قنا / استقبل الفريق الركن سالم حمد النابت، رئيس أركان القوات المسلحة القطرية، صباح اليوم الأربعاء في مكتبه، السيدة كادري تام نائبة وزير الدفاع بجمهورية إستونيا، التي تقوم بزيارة رسمية إلى دولة قطر تستمر ثلاثة أيام.",
      "وكانت نائبة الوزير قد وصلت أمس الثلاثاء إلى مطار حمد الدولي في الدوحة.",
    );
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(1);
  });
});
