import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a port named by a place whose name starts with a particle", () => {
  it("keeps لا on the port's name", () => {
    const text = "شحنة\n\nكاراكاس - رست سفينة الشحن في ميناء لا غوايرا لتفريغ حمولتها.";
    expect(names(text)).toContain("ميناء لا غوايرا");
    expect(names(text)).not.toContain("لا غوايرا");
  });

  it("still reads ل before a state as 'for' after a port", () => {
    const text = "دعم\n\nبيروت - وصلت شحنة قمح إلى ميناء بيروت لسوريا أمس.";
    expect(names(text)).toContain("ميناء بيروت");
    expect(names(text)).toContain("سوريا");
  });
});
