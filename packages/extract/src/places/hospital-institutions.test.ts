import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("a public hospital named by its legal form and its town", () => {
  it("reads the form with the town after ب or في as a site", () => {
    expect(sitesOf("وتفقد الوالي المؤسسة العمومية الاستشفائية بوهران، حيث استمع إلى شرح.")).toContain("المؤسسة العمومية الاستشفائية بوهران");
    expect(sitesOf("ونقل الجرحى إلى المؤسسة الاستشفائية المتخصصة في وهران.")).toContain("المؤسسة الاستشفائية المتخصصة في وهران");
  });

  it("reads no site from the form alone", () => {
    expect(sitesOf("وطالب النواب بتحسين خدمات المؤسسة العمومية الاستشفائية في الولايات الجنوبية.")).toEqual([]);
  });
});
