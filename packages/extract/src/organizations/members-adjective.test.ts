import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a plural nationality after a body named with its members", () => {
  it("goes with the members, so it is no word of the body's name", () => {
    const names = orgs("عنوان\nأحبطت قوات حرس الحدود الليبية أمس محاولة تهريب. وأعلن الوزير أن طرابلس ستستضيف دورة تدريبية لضباط حرس الحدود الليبيين.");
    expect(names).toContain("قوات حرس الحدود الليبية");
    expect(names.some((n) => n.endsWith("الليبيين"))).toBe(false);
  });

  it("stays in a body whose own name holds the people it agrees with", () => {
    expect(orgs("عنوان\nالتقى الوزير وفدا من اتحاد الصحفيين السودانيين في الخرطوم.")).toContain("اتحاد الصحفيين السودانيين");
  });
});
