import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { taglineOutlet } from "./outlet-tagline";

// Every line below is written for these tests, not taken from an article.

const arBody =
  "\n\nالرياض: سلمى فهد العنزي\n\nأعلنت هيئة الموانئ اليوم أن حجم المناولة في موانئ المملكة ارتفع بنسبة 7 في المائة خلال الربع الثاني، مدفوعا بزيادة حركة الحاويات.\n\nوقالت الهيئة إن ميناء الملك عبد العزيز استحوذ على نحو نصف الزيادة.\n";
const enBody =
  "\n\nCargo volumes at the country's ports rose 7 percent in the second quarter, the ports authority said on Monday, driven by a jump in container traffic.\n\nThe authority said the eastern terminal handled about half of the increase.\n";
const arHeadline = "حركة الموانئ ترتفع 7 % في الربع الثاني";
const enHeadline = "Port volumes up 7% in second quarter";

describe("a paper's dated masthead with its volume and issue", () => {
  it("reads the headline under a weekday, a Hijri day with 'من', a Gregorian day, the year of issue and the issue number", () => {
    const x = extractArticle({ text: `المرفأ\nالأحد 3 من رجب 1450 هــ 22 نوفمبر 2028 السنة 41 العدد 12034\n\n${arHeadline}${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("المرفأ");
    expect(x.published).toBe("2028-11-22");
  });

  it("reads dashes between the parts and the issue number in brackets", () => {
    const x = extractArticle({ text: `الخميس - 12 مارس 2028 م - رقم العدد [9032]\n\n${arHeadline}${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.published).toBe("2028-03-12");
  });

  it("reads an English volume and number before the day", () => {
    const x = extractArticle({ text: `Vol. 14 No. 212 | Thursday, 9 March 2028\n\n${enHeadline}${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.published).toBe("2028-03-09");
  });

  it("keeps a headline that only mentions a year and a number", () => {
    const x = extractArticle({ text: `السنة 2028 تشهد 12 مشروعا جديدا في الموانئ${arBody}` });
    expect(x.title).toBe("السنة 2028 تشهد 12 مشروعا جديدا في الموانئ");
  });
});

describe("an outlet's name and tagline over the headline", () => {
  it("reads 'NAME. … News Agency' as the masthead, and NAME as the source", () => {
    const x = extractArticle({ text: `Harbour Light. Pacific Islands News Agency\n\n${enHeadline}\n\nThursday, March 9th 2028 - 10:15 UTC${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.source).toBe("Harbour Light");
    expect(x.published).toBe("2028-03-09");
  });

  it("reads a bar before an English tagline, and takes the name for no writer", () => {
    const x = extractArticle({ text: `Nordic Wire | The Baltic Daily\n\n${enHeadline}${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.source).toBe("Nordic Wire");
    expect(x.author).toBeNull();
  });

  it("reads an Arabic tagline opened by the outlet's kind", () => {
    const x = extractArticle({ text: `المرفأ - جريدة يومية مستقلة\n\n${arHeadline}${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("المرفأ");
  });

  it("is no tagline: a place before the dash, a headline's clauses, a tagline with figures", () => {
    const place = (s: string) => s === "جدة";
    expect(taglineOutlet("جدة - وكالة الأنباء السعودية", place)).toBeNull();
    expect(taglineOutlet("Port volumes up. Record Quarter", place)).toBeNull();
    expect(taglineOutlet("Storm hits coast. Thousands flee to shelters", place)).toBeNull();
    expect(taglineOutlet("Harbour Light | 40 Years of News", place)).toBeNull();
    expect(taglineOutlet("Harbour Light. Pacific Islands News Agency", place)).toBe("Harbour Light");
  });
});
