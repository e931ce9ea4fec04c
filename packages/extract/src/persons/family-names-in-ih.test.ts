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

  it("keeps a second name word in ه after an office when the name closes after it", () => {
    const x = extractArticle({ text: "لقاء\n\nوقال الأمين العام لحلف الناتو بيتر روته إن التحالف متماسك." });
    expect(x.persons.map((p) => [p.name, p.role])).toContainEqual(["بيتر روته", "الأمين العام لحلف الناتو"]);
  });

  it("leaves a noun with its pronoun after a one-word name when more follows it", () => {
    const x = extractArticle({ text: "لقاء\n\nوأكد الوزير سالم دعمه للقوات المسلحة." });
    expect(x.persons.map((p) => p.name)).not.toContain("سالم دعمه");
  });
});
