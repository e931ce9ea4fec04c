import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("a state's service whose generic words are its whole name", () => {
  it("reads the national guard and the gendarmerie printed alone as bodies", () => {
    expect(orgs("وأفاد الحرس الوطني في بيان بأن دورية من الدرك الوطني أوقفت قاربا قرب السواحل.")).toEqual(["الحرس الوطني", "الدرك الوطني"]);
  });

  it("reads a military academy and a naval forces command visited as bodies", () => {
    expect(orgs("وزار الضيف الأكاديمية العسكرية بالعاصمة، ثم زار قيادة القوات البحرية بالميناء.")).toEqual(["الأكاديمية العسكرية", "قيادة القوات البحرية"]);
  });

  it("still reads no body from a branch named in a title alone", () => {
    expect(orgs("وقال قائد القوات البحرية العميد سمير علي إن التمرين نجح.")).toEqual([]);
  });
});
