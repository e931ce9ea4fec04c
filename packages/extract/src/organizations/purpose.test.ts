import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("bodies named by what they are for", () => {
  it("reads a committee's kind and its purpose with the chain it governs as one name", () => {
    expect(orgs("ووافقت اللجنة الوزارية لمراجعة عقود التسليح البحري في البرتغال على الصفقة.")).toContain("اللجنة الوزارية لمراجعة عقود التسليح البحري");
  });

  it("reads no body from an indefinite committee and the purpose it was formed for", () => {
    expect(orgs("وأعلن الجيش تشكيل لجنة لفحص مستودعات الذخيرة في كل الأقاليم.").filter((n) => n.startsWith("لجنة"))).toEqual([]);
  });

  it("keeps a foreign company's name with ل closed by its nationality", () => {
    expect(orgs("ووقعت الوزارة عقدا مع شركة لوفانتا الإيطالية أمس.")).toContain("شركة لوفانتا الإيطالية");
  });

  it("does not run a call of a body without a kind adjective into its name", () => {
    expect(orgs("ودعت وزارة الخارجية الماليزية لاحترام سيادة الدول.")).toEqual(["وزارة الخارجية الماليزية"]);
  });
});

describe("a centre named by its kind and what it is for", () => {
  it("reads a regional centre with its field and region, serving no state", () => {
    const x = extractArticle({ text: "خبر\n\nوجرت العملية بتنسيق مع المركز الإقليمي للسلامة البحرية في شرق أفريقيا، ومقره نيروبي." });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["المركز الإقليمي للسلامة البحرية في شرق أفريقيا", null]]);
  });

  it("reads no body from a rank in a contest", () => {
    expect(orgs("وحل المنتخب في المركز الثالث لمجموعته بعد المباراة.")).toEqual([]);
  });
});

describe("a listed body in construct after another noun", () => {
  const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-01" }).organizations.map((o) => o.name);

  it("leaves what the noun before it is for out of the body's name", () => {
    expect(names("عنوان\nوتشارك رواندا بجنود في بعثات الأمم المتحدة لحفظ السلام في أفريقيا.")).toEqual(["الأمم المتحدة"]);
  });

  it("keeps a body's own mission with what it is for", () => {
    expect(names("عنوان\nوتشارك رواندا بجنود في قوة الأمم المتحدة لحفظ السلام في لبنان.")[0]).toContain("قوة الأمم المتحدة لحفظ السلام");
  });
});
