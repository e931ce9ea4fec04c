import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a body named after an area: its noun (ولاية، إقليم) then the place", () => {
  it("reads the police of a state whose name has two words as one body", () => {
    expect(orgs("عنوان\nالخرطوم - قالت شرطة ولاية النيل الأبيض إنها أوقفت ثلاثة مهربين قرب الحدود.")).toContain("شرطة ولاية النيل الأبيض");
  });

  it("makes no body of an area joined by و to a head", () => {
    expect(orgs("عنوان\nالخرطوم - زار الوزير مقر الشرطة وولاية النيل الأبيض يوم الأحد.")).not.toContain("الشرطة وولاية النيل الأبيض");
  });
});
