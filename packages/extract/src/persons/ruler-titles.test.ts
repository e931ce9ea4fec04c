import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, fileName: "t.txt" });

describe("a title one state's ruler alone bears, printed in an office", () => {
  it("names the state the officer serves, not the state he is posted to", () => {
    const p = read("وحضر الحفل سفير خادم الحرمين الشريفين لدى جمهورية النيجر، سعد بن فهد العتيبي، وعدد من المسؤولين.").persons.find((x) => x.name === "سعد بن فهد العتيبي");
    expect(p).toMatchObject({ role: "سفير خادم الحرمين الشريفين لدى جمهورية النيجر", country: "SA" });
  });

  it("reads a given name that is also a nationality as no state of its bearer", () => {
    const p = read("وحضر الحفل سفير خادم الحرمين الشريفين لدى جمهورية تشاد، تركي بن ماجد القحطاني.").persons.find((x) => x.name === "تركي بن ماجد القحطاني");
    expect(p?.country).toBe("SA");
  });
});

describe("a relief centre of a state named by its own name", () => {
  it("is a body of that state wherever it works", () => {
    const x = read("ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس سلالا غذائية في مدينة نيامي بالنيجر.");
    expect(x.organizations.find((o) => o.name === "مركز الملك سلمان للإغاثة والأعمال الإنسانية")?.country).toBe("SA");
  });
});
