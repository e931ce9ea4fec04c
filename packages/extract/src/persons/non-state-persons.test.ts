import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const states = (text: string) => Object.fromEntries(extractArticle({ text }).persons.map((p) => [p.name, p.country]));

describe("people who serve no state", () => {
  it("gives no state to an analyst, a researcher or a company's officer, wherever they work", () => {
    const x = states(
      "اتفاق دفاعي\n\nيريفان (أ ف ب) - وقع وزير الدفاع الأرميني آرام سركيسيان الاتفاق. وقال الباحث في جامعة يريفان الحكومية تيغران هاكوبيان إن الاتفاق مهم، فيما قال سامي الدباغ الرئيس التنفيذي للشركة إن التسليم يبدأ العام المقبل.",
    );
    expect(x["تيغران هاكوبيان"]).toBeNull();
    expect(x["سامي الدباغ"]).toBeNull();
    expect(x["آرام سركيسيان"]).toBe("AM");
  });

  it("does not give the wire's home state to a man the text names with no title, rank or state", () => {
    const x = states("حريق في المستودع\n\nبورتسودان (د ب أ) - اندلع حريق في مستودع للوقود. وقال عثمان الطيب، وهو صاحب متجر قريب، إن النيران كانت تُرى من بعيد.");
    expect(x["عثمان الطيب"]).toBeNull();
  });
});
