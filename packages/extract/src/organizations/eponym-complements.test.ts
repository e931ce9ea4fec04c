import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const x = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" });

describe("a body named after a site named after a king", () => {
  it("keeps the title and the eponym in its name", () => {
    const r = x("عنوان\nوقالت المؤسسة العامة لمطار الملك عبد الله الدولي إن الرحلات عادت إلى مواعيدها.");
    expect(r.organizations.map((o) => o.name)).toContain("المؤسسة العامة لمطار الملك عبد الله الدولي");
  });

  it("reads the eponym before a comma", () => {
    const r = x("عنوان\nوعقد الطرفان اجتماعا في مقر المؤسسة العامة لجسر الملك سلمان، لبحث حركة المسافرين.");
    expect(r.organizations.map((o) => o.name)).toContain("المؤسسة العامة لجسر الملك سلمان");
  });
});
