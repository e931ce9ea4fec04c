import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const people = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons;
const person = (text: string, name: string) => people(text).find((p) => p.name === name);

describe("his counterpart's office", () => {
  it("is the other side's office with the counterpart's nationality, for a name only the tagger reads", () => {
    const text = "لقاء دفاعي\n\nجاء ذلك خلال لقاء جمع وزيرة الدفاع الكينية سعاد منير حمدي ونظيرها الأوغندي كمال ديريه واعيس في مدينة نيروبي.";
    const counterpart = people(text).find((p) => p.name.startsWith("كمال ديريه"));
    expect(counterpart).toMatchObject({ role: "وزير الدفاع الأوغندي", country: "UG" });
  });

  it("takes the counterpart word's gender", () => {
    const text = "لقاء دفاعي\n\nالتقى وزير الدفاع الكيني كمال يوسف داود نظيرته الأوغندية سعاد منير حمدي في نيروبي.";
    expect(person(text, "سعاد منير حمدي")).toMatchObject({ role: "وزيرة الدفاع الأوغندية", country: "UG" });
    expect(person(text, "كمال يوسف داود")?.role).toBe("وزير الدفاع الكيني");
  });

  it("is never the title of the name before it", () => {
    const text = "اتفاق دفاعي\n\nوقعت وزيرة الدفاع الكينية لوسيا منير حمدي ونظيرها الأوغندي ماركوس يوسف داود، اليوم (الجمعة)، اتفاقا يتيح للبحرية الكينية صيانة سفنها.";
    expect(person(text, "لوسيا منير حمدي")).toMatchObject({ role: "وزيرة الدفاع الكينية", country: "KE" });
    expect(person(text, "ماركوس يوسف داود")).toMatchObject({ role: "وزير الدفاع الأوغندي", country: "UG" });
  });
});

describe("a counterpart's office said bare elsewhere", () => {
  it("is the host's office with the counterpart's nationality, not the bare word", () => {
    const text = "مباحثات دفاعية\n\nأجرى وزير الدفاع الكيني كمال يوسف داود اليوم مباحثات مع نظيره الأوغندي ماركوس سالم حمدي في مقر الوزارة.\n\nوفي ختام الجلسة وقع الوزير حمدي والوزير داود برنامجا للتعاون العسكري.";
    expect(person(text, "ماركوس سالم حمدي")).toMatchObject({ role: "وزير الدفاع الأوغندي", country: "UG" });
  });
});
