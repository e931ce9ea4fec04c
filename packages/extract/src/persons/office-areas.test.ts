import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons.find((p) => p.name === name);

describe("an area printed with its lower-case head before an English office", () => {
  it("keeps the district the office is held in, set off before the name", () => {
    const text = "Troops deployed\n\nGULU, Uganda (Reuters) - The Amuru district commissioner, Peter Okello, said troops were deployed on Monday.\n";
    expect(person(text, "Peter Okello")).toMatchObject({ role: "Amuru district commissioner", country: "UG" });
  });

  it("keeps it as a title before the name", () => {
    const text = "Troops deployed\n\nGULU, Uganda (Reuters) - Kitgum district commissioner Mary Akello said troops were deployed on Monday.\n";
    expect(person(text, "Mary Akello")).toMatchObject({ role: "Kitgum district commissioner", country: "UG" });
  });

  it("reads a state's possessive before the office as before", () => {
    const text = "Troops deployed\n\nGULU, Uganda (Reuters) - Kenya's defence minister, Rose Wanjiru, said troops were deployed on Monday.\n";
    expect(person(text, "Rose Wanjiru")?.role).toBe("Kenya's defence minister");
  });
});

describe("the commissioner of a Sudanese locality or a Tunisian delegation", () => {
  it("reads معتمد with its area as an office set off before the name", () => {
    const text = "افتتاح مدرسة\n\nكوستي (سونا) - افتتح معتمد محلية كوستي، عمر الفاضل محمد، مدرسة جديدة أمس.\n";
    expect(person(text, "عمر الفاضل محمد")).toMatchObject({ role: "معتمد محلية كوستي" });
  });

  it("keeps an area of two words in the office before an untitled name", () => {
    expect(person("حملة نظافة\n\nوقال معتمد محلية أم درمان سامي الطيب إن الحملة تبدأ غدا.\n", "سامي الطيب")?.role).toBe("معتمد محلية أم درمان");
    expect(person("حملة تلقيح\n\nوأشرف معتمد معتمدية دقاش، هادي الكافي، على الحملة.\n", "هادي الكافي")?.role).toBe("معتمد معتمدية دقاش");
  });
});

describe("an office held in a numbered zone", () => {
  it("keeps the zone counted by an ordinal in the office", () => {
    const text = "تفقد الحدود\n\nوحضر اللقاء قائد حرس الحدود في المنطقة الثانية، العميد كريم جواد الساعدي، وعدد من الضباط.\n";
    expect(person(text, "كريم جواد الساعدي")?.role).toBe("قائد حرس الحدود في المنطقة الثانية");
  });
});
