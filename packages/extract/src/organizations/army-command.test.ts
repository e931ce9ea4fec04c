import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("the army's command printed alone (completeServiceNames, organizations/index.ts)", () => {
  it("is a body when it issues a statement", () => {
    expect(orgs("عنوان\nبيروت - قال بيان لقيادة الجيش إن وحدات جديدة انتشرت قرب الحدود.")).toContain("قيادة الجيش");
  });

  it("gives way to the force when the state's nationality follows", () => {
    const x = orgs("عنوان\nزار الوفد قيادة الجيش اللبناني في اليرزة أمس.");
    expect(x).toContain("الجيش اللبناني");
    expect(x).not.toContain("قيادة الجيش اللبناني");
  });
});

describe("English companies closed by a word of their trade or a legal form (companyHeads)", () => {
  it("reads the capitalized words before it as the company", () => {
    expect(orgs("Title\nPERTH - Harbor Line Shipping and Kestrel Mining Pty signed the deal on Friday.")).toEqual(expect.arrayContaining(["Harbor Line Shipping", "Kestrel Mining Pty"]));
  });
});
