import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => `${l.name}|${l.country ?? ""}`);

describe("a town that is also a word, where a consul is posted (places/consular-posts.ts)", () => {
  it("is the town after ب closing the consul's office", () => {
    expect(places("عنوان\nالرباط - حضر الافتتاح والي الجهة، والقنصل العام لجمهورية غينيا بالداخلة، إلى جانب منتخبين.")).toContain("الداخلة|MA");
  });

  it("stays the word with no consul or ambassador before it", () => {
    expect(places("عنوان\nالرباط - ناقش المجلس الملفات الداخلة في اختصاص اللجنة.").some((p) => p.startsWith("الداخلة"))).toBe(false);
  });
});

describe("a word the tagger reads inside a place the rules read with its head", () => {
  it("is no second place", () => {
    const got = places("عنوان\nالخرطوم - توجه الوزير إلى معبر أرقين البري على الضفة الغربية لبحيرة النوبة، ثم قدم له مدير المعبر شرحا.");
    expect(got.some((p) => p.startsWith("النوبة|"))).toBe(false);
  });
});
