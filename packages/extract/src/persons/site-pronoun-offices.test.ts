import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Sentences written for these tests, not text from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-05-03" }).persons.find((p) => p.name === name);

describe("an office said of a site named before", () => {
  it("'Its' opening a sentence points to the site the sentence before named last", () => {
    const text = "Visit\n\nThe delegation travelled to the Kazungula border post, opposite Kasane on the Zambian side. Its officer in charge, Superintendent Peter Banda, walked them through the scanner.";
    expect(person(text, "Peter Banda")?.role).toBe("officer in charge of the Kazungula border post");
  });

  it("'Its' with no site in the sentence before stays as printed", () => {
    const text = "Visit\n\nThe delegation held talks on the border for two days. Its head, Colonel Peter Banda, spoke to reporters.";
    expect(person(text, "Peter Banda")?.role ?? "").not.toContain(" of the ");
  });

  it("a naval yard said again by its noun (قائد الترسانة) is rebuilt with its name", () => {
    const text = "زيارة\n\nوعقد الاجتماع في مبنى قيادة ترسانة قرطاجنة العسكرية جنوب شرقي إسبانيا. وكان الوزير قد وصل إلى الترسانة بحضور قائد الترسانة الأدميرال خوان لوبيث.";
    expect(person(text, "خوان لوبيث")?.role).toBe("قائد ترسانة قرطاجنة");
  });
});

describe("an office said by its pronoun of a site named by its noun with the article", () => {
  it("is held at the site with its kind and the town after في (مديره after المتحف الوطني في X)", () => {
    const text = "زيارة ثقافية\n\nوعقب الحفل، زار الوزير المتحف الوطني في بنوم بنه، حيث رافقه مديره السيد سامر حداد في جولة على الأجنحة.";
    expect(person(text, "سامر حداد")).toMatchObject({ role: "مدير المتحف الوطني في بنوم بنه", country: "KH" });
  });
});
