import { describe, expect, it } from "vitest";
import { cleanArticle } from "./boilerplate";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a linked story's headline after 'اقرأ أيضا:' or 'Related:' on one line", () => {
  it("is dropped, and the lines after it are kept", () => {
    const { text } = cleanArticle("افتتح الوزير المعرض أمس.\n\nاقرأ أيضا: تونس والجزائر تبحثان فتح معبر جديد\n\nويستمر المعرض أسبوعا.");
    expect(text).not.toContain("تونس والجزائر");
    expect(text).toContain("ويستمر المعرض أسبوعا.");
  });

  it("names no place of the story", () => {
    const text = "Drill ends\n\nVILNIUS (AP) — Lithuanian troops ended a week-long drill near Kaunas on Friday.\n\nRelated: Estonia to buy more rocket launchers";
    const names = extractArticle({ text, fileName: "t.txt" }).locations.map((l) => l.name);
    expect(names).toContain("Kaunas");
    expect(names).not.toContain("Estonia");
  });

  it("leaves a sentence that only opens with the word alone", () => {
    const { text } = cleanArticle("Related talks were held in Riga on Monday.");
    expect(text).toContain("Related talks");
  });
});
