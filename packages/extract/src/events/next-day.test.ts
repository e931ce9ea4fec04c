import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const dated = (...lines: string[]) => extractArticle({ text: lines.join("\n\n") }).events.map((e) => [e.type, e.date]);

describe("what happened the next day", () => {
  it("dates 'في اليوم التالي' the day after the visit told before, not the day of writing", () => {
    const x = dated(
      "وزير الدفاع يزور الإقليم",
      "وصل وزير الدفاع الأوغندي موسى كابيري أوكيلو يوم الثلاثاء ١٤ يوليو ٢٠٢٦ إلى مدينة غولو في زيارة تستمر يومين.",
      "وعقد كابيري في اليوم التالي في مدينة ليرا اجتماعا مع اللواء جيمس أوتيم قائد الفرقة الرابعة.",
    );
    expect(x).toContainEqual(["visit", "2026-07-14"]);
    expect(x).toContainEqual(["meeting", "2026-07-15"]);
  });

  it("dates 'the following day' the day after the talks told before", () => {
    const x = dated(
      "Ministers meet",
      "KAMPALA, July 14, 2026 (Reuters) - Uganda's defence minister Moses Kabiri met Kenyan defence minister Ruth Chebet in Kampala on Tuesday, July 14, 2026.",
      "The following day Kabiri visited Gulu, where he inspected troops.",
    );
    expect(x).toContainEqual(["visit", "2026-07-15"]);
  });
});

describe("what happened the day before", () => {
  it("dates 'a day earlier' the day before the occasion told before it", () => {
    const x = dated(
      "Drill opens",
      "KIGALI, June 9, 2027 (Reuters) - Rwandan and Zambian troops on Wednesday began a joint exercise near Gabiro, led by General Celestin Nkusi.",
      "A day earlier, the Zambian delegation held talks with Rwanda's defence minister Joseph Mugabo on officer exchanges, the ministry said.",
    );
    expect(x).toContainEqual(["meeting", "2027-06-08"]);
  });

  it("dates 'في اليوم السابق' the day before the visit told before it", () => {
    const x = dated(
      "وزير الدفاع في الإقليم",
      "زار وزير الدفاع الأوغندي موسى كابيري أوكيلو يوم الخميس ١٦ يوليو ٢٠٢٦ مدينة غولو.",
      "وكان كابيري قد عقد في اليوم السابق في كمبالا اجتماعا مع اللواء جيمس أوتيم قائد الفرقة الرابعة.",
    );
    expect(x).toContainEqual(["meeting", "2026-07-15"]);
  });
});

describe("the day before, past an occasion said again with the day it began", () => {
  it("counts 'a day earlier' from the news day, not from the start date of the exercise said again", () => {
    const x = dated(
      "Drill ends",
      "RIGA, June 9, 2027 (Reuters) - Latvian and Estonian troops on Wednesday completed a joint river-crossing drill near Daugavpils, watched by Latvian Defence Minister Ilze Kalnina.",
      "Colonel Maris Ozols said some 900 soldiers had taken part in the exercise, which began on May 28.",
      "A day earlier, Kalnina visited a border guard post in Kraslava.",
    );
    expect(x).toContainEqual(["visit", "2027-06-08"]);
  });
});
