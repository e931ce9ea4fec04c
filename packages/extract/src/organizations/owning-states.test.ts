import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("forces said to be of the states named around them", () => {
  it("reads no body from a service and the states owning it after لل", () => {
    expect(orgs("واختتمت أمس مناورات «نسيم البحر» التي نفذتها القوات البحرية للدول الأربع قرب سواحل عمان، بمشاركة وزارة الدفاع العمانية.")).toEqual(["وزارة الدفاع العمانية"]);
  });
});
