import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const persons = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("a word of an occasion after a nationality", () => {
  it("is the protocol signed, not a person", () => {
    const names = persons("ووقع وزير الدفاع الموريتاني حمادي ولد سالم مع نظيره التونسي بروتوكولا للتعاون في مجال التدريب العسكري.");
    expect(names).toContain("حمادي ولد سالم");
    expect(names.some((n) => n.includes("بروتوكول"))).toBe(false);
  });
});
