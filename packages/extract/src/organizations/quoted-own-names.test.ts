import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => [o.name, o.country]);

describe("a force or a mission with a quoted name of its own", () => {
  it("goes by the quoted name, of no state when it serves an international body", () => {
    expect(orgs("تفقد الوزير الكيني الكتيبة الكينية العاملة ضمن قوة الاتحاد الأفريقي \"سافانا شيلد\" في معسكر قرب العاصمة.")).toEqual([["سافانا شيلد", null]]);
  });

  it("keeps its construct when the quoted word has the article: the object of a verb", () => {
    expect(orgs("ووصفت بعثة الأمم المتحدة \"الهجوم\" بأنه خطير.").map((o) => o[0])).toEqual(["بعثة الأمم المتحدة"]);
  });
});
