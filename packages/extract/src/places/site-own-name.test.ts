import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a venue named by a common word", () => {
  it("a stop word closing the phrase after an indefinite site noun is the site's name, and the event's place", () => {
    const x = extractArticle({
      text: "لقاء\n\nالدوحة - استقبل وزير الخارجية القطري سالم عمر النعيمي في فندق رفقة مساء الأحد نظيره الأردني خالد يوسف الحديد.",
      publishedHint: "2026-05-10",
    });
    expect(x.locations.map((l) => `${l.name}/${l.kind}`)).toContain("فندق رفقة/site");
    expect(x.events.find((e) => e.participants.includes("خالد يوسف الحديد"))?.location).toBe("فندق رفقة");
  });

  it("the same word before more of the sentence, or after a definite noun, names no site", () => {
    const x = extractArticle({ text: "زيارة\n\nعمان - زار الوزير القصر رفقة وفد رسمي، ثم دخل قصر رفقة الوفد." });
    expect(x.locations.some((l) => l.name.includes("رفقة"))).toBe(false);
  });
});
