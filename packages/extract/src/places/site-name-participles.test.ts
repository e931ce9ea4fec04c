import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (text: string) => extractArticle({ text, tagger: false });
const names = (text: string) => read(text).locations.map((l) => l.name);
// With the learned tagger, which reads a foreign pair of words as a person.
const tagged = (text: string) => extractArticle({ text });

describe("Arabic site names: participles, eponyms, foreign words", () => {
  it("ends a site's name before a participle of where it lies or what it overlooks", () => {
    const got = names("زار الوزير قاعدة بيرغاس البحرية المطلة على بحر مارون، ثم جزيرة سالوما الواقعة في خليج تيرا، ثم معسكر دوران الممتد على الضفة.");
    expect(got).toEqual(expect.arrayContaining(["قاعدة بيرغاس البحرية", "جزيرة سالوما", "معسكر دوران"]));
    expect(got).not.toContain("قاعدة بيرغاس البحرية المطلة");
    expect(got).not.toContain("جزيرة سالوما الواقعة");
  });

  it("keeps a king's name no list knows, his regnal ordinal and the airport's kind in its name", () => {
    const got = names("وصل وزير الصحة إلى مطار الملك تانوبي الثالث الدولي صباح الأحد قادما من الرياض.");
    expect(got).toContain("مطار الملك تانوبي الثالث الدولي");
    expect(got).not.toContain("مطار الملك");
  });

  it("reads a palace, an auberge and a square printed by their Italian or French noun, particles kept", () => {
    const x = tagged("بحث الوزير مع نظيره في مبنى بالاتسو فيرانو مقر وزارة الخارجية في العاصمة. واستقبله رئيس الوزراء في أوبيرج دي مونتال، مقر رئاسة الحكومة.");
    const got = x.locations.map((l) => l.name);
    expect(got).toEqual(expect.arrayContaining(["بالاتسو فيرانو", "أوبيرج دي مونتال"]));
    expect(x.persons.map((p) => p.name)).not.toContain("دي مونتال");
    expect(x.organizations.map((o) => o.name)).not.toContain("أوبيرج");
  });

  it("reads a palace named by a word in -ي, which an adjective would not be", () => {
    const got = names("وعقد الجانبان جلسة مباحثات في قصر ماروكيني، مقر الوزارة في العاصمة.");
    expect(got).toContain("قصر ماروكيني");
  });

  it("reads a bay named by two foreign words whole, and no person in it", () => {
    const text = "نفذت الفرقاطة مع زورقين تدريبا عابرا في خليج دييغو سالادو، شمل تشكيلات إبحار، ثم أبحرت قبالة ساحل مابالو.";
    const x = tagged(text);
    expect(x.locations.map((l) => l.name)).toContain("خليج دييغو سالادو");
    expect(x.locations.map((l) => l.name)).not.toContain("خليج دييغو");
    expect(x.persons.map((p) => p.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/سالادو|مابالو/u)]));
  });

  it("leaves the verb after a river's one-word name out of it", () => {
    const got = names("وقال إن ارتفاع منسوب نهر تارونا شرد أكثر من ألف أسرة.");
    expect(got).toContain("نهر تارونا");
    expect(got).not.toContain("نهر تارونا شرد");
  });
});
