import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false });

describe("a word printed with a hamza on its alef after a body's head", () => {
  it("ends the body's name: the article is never written أل", () => {
    const x = read("وذكرت الهيئة في بيان أن المحكمة ألزمت الشركتين بدفع التعويضات، وأن وزارة المالية ألغت العقد.");
    expect(x.organizations.map((o) => o.name)).toEqual(["وزارة المالية"]);
  });
});
