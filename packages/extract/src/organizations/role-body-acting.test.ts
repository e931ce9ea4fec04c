import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a body of someone's title that acts further on", () => {
  it("lists a body named in a title and printed again by its head as the subject of a reported clause", () => {
    expect(orgs("وحضر اللقاء ممثل المنظمة الدولية للهجرة في النيجر، السيد بول مارتان، الذي أكد أن المنظمة ستمول عودة المهاجرين.")).toContain("المنظمة الدولية للهجرة");
  });

  it("leaves a national unit in its commander's title, whose head said again is the whole service", () => {
    expect(orgs("وزار قائد الفيلق الرابع الكونغولي الجنرال موسى كابيلا الحدود، مؤكدا أن الفيلق سيبقى في مواقعه.")).not.toContain("الفيلق الرابع الكونغولي");
  });

  it("leaves it a part of the title when the article does not make it act", () => {
    expect(orgs("وحضر اللقاء ممثل المنظمة الدولية للهجرة في النيجر، السيد بول مارتان، الذي أكد دعم عودة المهاجرين.")).not.toContain("المنظمة الدولية للهجرة");
  });
});
