import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-13" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("'other' happenings with nobody named", () => {
  it("keeps a detention and a vote apart", () => {
    const x = read(
      "Border pact",
      "",
      "Tallinn, 13 April 2027",
      "",
      "Estonia's parliament last month approved 30 million euros to extend the border fence.",
      "On April 6, Estonian guards detained 20 migrants near the village of Vastseliina.",
    );
    expect(others(x)).toHaveLength(2);
    expect(others(x).map((e) => e.date)).toContain("2027-04-06");
  });

  it("reads a detention 'close to where the borders meet', which is no meeting", () => {
    const x = read("Border", "", "Tallinn, 13 April 2027", "", "On April 6, Estonian guards detained 20 migrants near Vastseliina, close to where the borders of the three countries meet.");
    expect(others(x)).toHaveLength(1);
  });

  it("still joins attacks told in the plural as a trend to the attack reported", () => {
    const x = read(
      "هجوم",
      "",
      "لاغوس - هاجم قراصنة أمس ناقلة نفط قبالة جزيرة بوني.",
      "وتقول شركة استشارات أمنية إن هجمات القرصنة في المنطقة تراجعت هذا العام.",
    );
    expect(others(x)).toHaveLength(1);
  });
});

describe("an appointment told with the appointee's rank and long name", () => {
  it("reaches past them to the office", () => {
    const x = extractArticle({ text: ["Army chief", "", "SKOPJE — Ruritania's government on Wednesday appointed Brigadier General Maria Kostova-Ilieva as chief of the General Staff of the army.", "She replaces Dragan Petrov, who retired."].join("\n"), publishedHint: "2027-05-06" });
    expect(x.events.map((e) => [e.type, e.participants])).toEqual([["other", ["Maria Kostova-Ilieva"]]]);
  });

  it("reads no appointment in a thing named after someone", () => {
    const x = extractArticle({ text: ["Base", "", "SKOPJE — The new base, named after a former army chief, Marko Ilievski, received its first recruits on Wednesday.", "Officials said it was ready."].join("\n"), publishedHint: "2027-05-06" });
    expect(x.events.filter((e) => e.type === "other")).toEqual([]);
  });
});
