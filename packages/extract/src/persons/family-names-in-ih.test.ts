import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons.map((p) => p.name);

describe("a third name word in ـيه closing the name", () => {
  it("is a family name, not a noun with 'his'", () => {
    const found = names("خبر\n\nوكان اجتماع عقده وزير الدفاع الإيفواري سيكو بامبا دوسيه مع وزيرة الداخلية الغانية في مدينة بوندوكو.\nوقال دوسيه إن التعاون مستمر.");
    expect(found).toContain("سيكو بامبا دوسيه");
    expect(found).not.toContain("دوسيه");
  });
});
