import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string, tagger = true) => extractArticle({ text: "خبر\n\n" + text, tagger }).persons.map((p) => ({ name: p.name, role: p.role }));
const readEn = (text: string) => extractArticle({ text: "A headline of the story\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role }));
const names = (text: string, tagger = true) => read(text, tagger).map((p) => p.name);

describe("persons with no rank: names missed or cut, and words read as names", () => {
  it("gives a role joined by و after a comma to the next name, not to the words before the comma", () => {
    expect(names("وحضر الاجتماع عدد من ضباط وزارة الدفاع، وسفيرة جمهورية مصر العربية المعتمدة لدى السلطنة نادية كريم سالم.", false)).toEqual(["نادية كريم سالم"]);
  });

  it("reads no name from a noun in construct with a body before an office set off by a comma", () => {
    expect(names("وكان في استقبال الوفد ضباط وزارة الدفاع، رئيس هيئة الأركان وقادة الأفرع.", false)).toEqual([]);
  });

  it("keeps the father's name after ولد though it reads as a title", () => {
    expect(names("وقال الوزير سيدي عالي ولد الشيخ سالم، اليوم الخميس، إن الحدود آمنة.", false)).toEqual(["سيدي عالي ولد الشيخ سالم"]);
  });

  it("reads no rank right after ولد", () => {
    expect(names("وأكد ولد الشيخ سالم حرص بلاده على التعاون مع الجيران.")).toEqual([]);
  });

  it("reads no name from على before a set phrase of manners", () => {
    expect(names("وشدد الوزير على حسن الجوار بين البلدين.")).toEqual([]);
  });

  it("reads an English name before an apposition with a capitalized qualifier and a speech verb", () => {
    expect(readEn("NAIROBI, June 3 (Xinhua) -- Peter Kamau, the Turkana county commissioner, told Xinhua that the road was open.")).toEqual([
      { name: "Peter Kamau", role: "Turkana county commissioner" },
    ]);
  });

  it("gives a capitalized title with its field after for and a comma to the name after it", () => {
    expect(readEn("The talks were attended by Kenya's Interior Cabinet Secretary Mary Atieno Otieno and Ethiopia's State Minister for Peace, Dawit Alemu Girma.")).toEqual([
      { name: "Mary Atieno Otieno", role: "Interior Cabinet Secretary" },
      { name: "Dawit Alemu Girma", role: "State Minister for Peace" },
    ]);
  });

  it("reads no person from a military unit's name before a verb", () => {
    expect(readEn("The 9th Infantry Division said in a statement that the road was open.")).toEqual([]);
  });
});
