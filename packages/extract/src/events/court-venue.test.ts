import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-14" });

describe("a court's ruling is handed down where the court sits", () => {
  it("places a ruling of a court named by no place at the wire's city, not where the crime was done", () => {
    const x = read("حكم", "", "الرباط – وكالات", "", "صادقت محكمة النقض، اليوم الأربعاء، على الأحكام الصادرة بحق ثلاثة موظفين سابقين أدينوا باختلاس أموال مشروع للطرق بإقليم الحسيمة.");
    expect(x.events.map((e) => e.location)).toEqual(["الرباط"]);
  });

  it("places a ruling at the city in the court's name, not at the district of the crime", () => {
    const x = read(
      "تأييد أحكام بسجن موظفين سابقين من فاس في قضية طرق الحسيمة",
      "",
      "الرباط – وكالات",
      "",
      "صادقت محكمة النقض، اليوم الأربعاء، على الأحكام الصادرة بحق ثلاثة موظفين سابقين أدينوا باختلاس أموال مشروع للطرق بإقليم الحسيمة.",
      "",
      "وكانت محكمة جنايات فاس المختصة بالأموال العامة قد أصدرت في شباط الماضي حكما بسجن مدير الشركة المنفذة خمس سنوات عن أعمال لم تنجز في إقليم الحسيمة.",
    );
    expect(x.events.map((e) => e.location)).toEqual(["الرباط", "فاس"]);
  });

  it("places an English court's ruling at the province in its name, not at the airport of the crime", () => {
    const x = read("Court jails smugglers", "", "AMMAN, April 13 (Reuters) - A criminal court in Mafraq on Tuesday sentenced four men to ten years in prison for smuggling weapons through Queen Alia International Airport.");
    expect(x.events.map((e) => e.location)).toEqual(["Mafraq"]);
  });
});
