import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (headline: string, ...body: string[]) => extractArticle({ text: [headline, "", ...body].join("\n") }).topics;

describe("the region's security discussed at talks is no word in passing", () => {
  it("keeps regional stability the two sides discussed", () => {
    const talks = "The prime minister and the speaker of parliament met in the capital on Monday and discussed regional security and the government's plans for trade.";
    expect(topics("Prime minister receives visiting speaker of parliament for talks on trade", talks)).toContain("regional-stability");
  });

  it("keeps it in Arabic talks too", () => {
    const ar = "وبحث رئيس الوزراء مع رئيس مجلس النواب العلاقات التجارية بين البلدين وجهود التهدئة في المنطقة.";
    expect(topics("رئيس الوزراء يستقبل رئيس مجلس النواب لبحث العلاقات الثنائية", ar)).toContain("regional-stability");
  });

  it("leaves out a stance praised in a remark after the signing", () => {
    const signed = "The two ministers signed a memorandum on tax matters on Monday.";
    const praise = "After the signing the visitor praised the host country's record of mediation between its neighbours.";
    expect(topics("Ministers sign memorandum on tax matters", signed, praise)).not.toContain("regional-stability");
  });

  it("still leaves out a security word in passing in a story of no talks", () => {
    const fair = "Forty farmers sold honey and cheese at the spring fair, and the organisers spoke of regional security only to thank the volunteers.";
    expect(topics("Spring fair brings forty farmers to the market square", fair)).not.toContain("regional-stability");
  });
});
