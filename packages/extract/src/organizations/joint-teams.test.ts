import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const x = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" });

describe("a joint team of two states", () => {
  it("is a body named by the two states' adjectives and what it is concerned with", () => {
    const r = x("عنوان\nوذلك في إطار الاجتماعات الدورية للفريق المختلط التونسي الليبي المعني بالتهريب، بحضور مسؤولين من البلدين.");
    const team = r.organizations.find((o) => o.name === "الفريق المختلط التونسي الليبي المعني بالتهريب");
    expect(team?.country ?? null).toBeNull();
  });

  it("needs two states: a team of one is no body here", () => {
    expect(x("عنوان\nواجتمع الفريق المشترك التونسي أمس في جربة.").organizations.some((o) => o.name.startsWith("الفريق"))).toBe(false);
  });
});

describe("what a body is concerned with", () => {
  it("goes on after المعنية with the noun in construct", () => {
    expect(x("عنوان\nوقالت اللجنة الوطنية المعنية بمكافحة الاتجار بالبشر إنها ستجتمع.").organizations.map((o) => o.name)).toContain("اللجنة الوطنية المعنية بمكافحة الاتجار");
  });
});
