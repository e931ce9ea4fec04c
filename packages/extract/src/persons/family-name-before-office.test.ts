import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, rank: p.rank, role: p.role }));

describe("the name first and the office after it", () => {
  it("closes the name on a family name in ب right before the office", () => {
    expect(read("وترأس الاجتماع سعادة الشيخ سالم علي بلخير محافظ محافظة شبوة، أمس.")[0]).toMatchObject({ name: "سالم علي بلخير", role: "محافظ محافظة شبوة" });
  });
});
