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

  it("reads a definite hospital noun with its kind and town as a site where something was held", () => {
    expect(sitesOf("وافتتح الوزير أمس جناحا جديدا في المستشفى الجامعي بمكناس.")).toContain("المستشفى الجامعي بمكناس");
    expect(sitesOf("وعقد الوزير اجتماعا بالمستشفى التخصصي في مكناس.")).toContain("المستشفى التخصصي في مكناس");
  });

  it("reads no site from a hospital the wounded were taken to, nor from one without its town", () => {
    expect(sitesOf("ونقل الجرحى إلى المستشفى الجامعي بمكناس لتلقي العلاج.")).toEqual([]);
    expect(sitesOf("وافتتح الوزير أمس جناحا جديدا في المستشفى الجامعي.")).toEqual([]);
  });

  it("reads no site from a military hospital, a unit of the forces that run it", () => {
    expect(sitesOf("وافتتح الوزير أمس جناحا جديدا في المستشفى العسكري بمكناس.")).toEqual([]);
  });
});
