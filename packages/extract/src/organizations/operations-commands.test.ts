import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a command named by the operations it runs", () => {
  it("reads the joint operations command and a command of operations in a place", () => {
    expect(orgs("والتقى الوزير وفدا من قيادة العمليات المشتركة العراقية برئاسة الفريق سامي الكعبي.")).toEqual(["قيادة العمليات المشتركة العراقية"]);
    expect(orgs("وأعلنت قيادة عمليات نينوى مقتل ثلاثة مسلحين.")).toEqual(["قيادة عمليات نينوى"]);
  });

  it("reads no body from taking over or being led by the operations", () => {
    expect(orgs("وكان اللواء قد تولى قيادة العمليات المشتركة عام 2019، وجرى الهجوم بقيادة عمليات بغداد.")).toEqual([]);
  });
});
