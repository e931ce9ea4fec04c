import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office with a pronoun after the body printed again by its head alone", () => {
  it("reads the fund named paragraphs before, an acting office kept (مديره العام بالإنابة)", () => {
    const text =
      "قرض جديد\n\nوقع الصندوق العماني للتنمية الزراعية اليوم اتفاقية قرض مع جمهورية طاجيكستان لتمويل مشروع ري.\n\nووقع الاتفاقية عن الصندوق مديره العام بالإنابة، سالم حمد الريامي، وعن الجانب الآخر وزير المالية.";
    expect(person(text, "سالم حمد الريامي")?.role).toBe("المدير العام بالإنابة للصندوق العماني للتنمية الزراعية");
  });

  it("keeps the office alone when no body was named with that head", () => {
    const text = "قرض جديد\n\nووقع الاتفاقية عن الصندوق مديره العام، سالم حمد الريامي، في العاصمة.";
    expect(person(text, "سالم حمد الريامي")?.role ?? null).not.toMatch(/للصندوق العماني/u);
  });
});
