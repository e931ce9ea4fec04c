import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons.find((p) => p.name === name);

describe("أيضا between a name and an office", () => {
  const met =
    "عمان - التقى رئيس هيئة الأركان المشتركة الأردنية اللواء سامي فهد العتوم اليوم وفدا عسكريا ليبيا.\n\n" +
    "والتقى اللواء العتوم أيضا رئيس أركان الجيش الليبي الفريق خالد منصور الزوي، وبحثا التعاون في التدريب.";

  it("alone, it is the verb's adverb: the office after it is the object's", () => {
    expect(person(met, "خالد منصور الزوي")?.role).toBe("رئيس أركان الجيش الليبي");
  });

  it("and the subject keeps his own office only", () => {
    expect(person(met, "سامي فهد العتوم")?.role).toBe("رئيس هيئة الأركان المشتركة الأردنية");
  });

  it("after وهو, it still gives the name a second office", () => {
    const text = "وقال سامي فهد العتوم، وهو أيضا رئيس اللجنة العسكرية المشتركة، إن اللجنة ستجتمع الشهر المقبل.";
    expect(person(text, "سامي فهد العتوم")?.role).toBe("رئيس اللجنة العسكرية المشتركة");
  });
});
