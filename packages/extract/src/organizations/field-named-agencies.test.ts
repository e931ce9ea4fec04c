import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("an agency named by its field", () => {
  it("is a body, not an outlet, after ل", () => {
    expect(orgs("وسحبت سفينة تابعة لوكالة الأمن البحري الماليزية القارب إلى الميناء.")).toEqual(["وكالة الأمن البحري الماليزية"]);
  });

  it("leaves an outlet by a name of its own cited after ل a source", () => {
    expect(orgs("وقال الوزير لوكالة سبوتنيك إن المحادثات مثمرة.")).toEqual([]);
  });
});

describe("English names", () => {
  it("reads a Romance name over its particles, and an initiative by its name", () => {
    const x = orgs("The race, run by the Clube Naval de Vila Nova, is held under the Lagos Initiative for coastal safety.");
    expect(x).toContain("Clube Naval de Vila Nova");
    expect(x).toContain("Lagos Initiative");
  });

  it("reads no body from a ship named after a navy's prefix", () => {
    expect(orgs("The Indian Navy said its patrol vessel INS Tarang reached the port on Monday.")).toEqual(["Indian Navy"]);
  });
});
