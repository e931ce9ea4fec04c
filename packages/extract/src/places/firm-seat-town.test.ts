import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("the seat of a firm said again, told apart by its town", () => {
  it("keeps the town after ب or في in the seat's name", () => {
    expect(sitesOf("ووقع الطرفان العقد في مقر المؤسسة بوهران، بحضور وزير الأشغال.")).toContain("مقر المؤسسة بوهران");
    expect(sitesOf("وجرى التوقيع في مقر الشركة في وهران أمس.")).toContain("مقر الشركة في وهران");
  });

  it("leaves a ministry's seat in the capital apart", () => {
    expect(sitesOf("عقد الاجتماع في مقر الوزارة بالجزائر أمس.").some((s) => s.includes("الجزائر"))).toBe(false);
  });
});
