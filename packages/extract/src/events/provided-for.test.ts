import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-20" });

describe("what a text or a programme provides for", () => {
  it("is no happening in Arabic: an exercise the agreement lays down is to come", () => {
    const x = read("خبر", "وقع وزيرا الدفاع في غانا وتوغو أمس في أكرا اتفاقا للتعاون البحري.", "وينص الاتفاق على تنفيذ تمرين بحري مشترك قبالة ميناء تيما مرة كل عام.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(0);
  });

  it("is no happening when a visit's programme includes it", () => {
    const x = read("خبر", "وصلت فرقاطة يونانية اليوم إلى ميناء بيروت في زيارة تستمر ثلاثة أيام.", "وأوضح القائد أن برنامج الزيارة يتضمن تمرينا مشتركا على البحث والإنقاذ قبل مغادرة الميناء.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(0);
  });

  it("is no happening in English: the plan provides for exercises", () => {
    const x = read("Story", "The defence ministers of Peru and Chile signed a cooperation plan for 2028 in Lima on Monday.", "The plan provides for more than 30 joint activities, including staff exercises and cadet exchanges.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(0);
  });

  it("still reads an exercise told before the text's words", () => {
    const x = read("Story", "Peruvian and Chilean marines held a joint exercise near Arica on Monday, which the plan provides for every year.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(1);
  });
});
