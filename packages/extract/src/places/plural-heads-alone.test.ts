import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => l.name);

describe("a plural head alone (places/plural-place-heads.ts)", () => {
  it("is no place, with or without the article", () => {
    const x = places("عنوان\nتنسق اللجنة بين ولايات الجنوب والولايات الليبية المجاورة لمكافحة التهريب.");
    expect(x).not.toContain("الولايات");
    expect(x).not.toContain("ولايات");
  });

  it("does not make the side of the land a name of its list", () => {
    expect(places("عنوان\nتشمل الحملة محافظات الجنوب والمحافظات الساحلية.")).not.toContain("الجنوب");
  });
});
