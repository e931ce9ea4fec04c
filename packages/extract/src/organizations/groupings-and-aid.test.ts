import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-01" }).organizations.map((o) => [o.name, o.country]);

describe("groupings of states and states' aid agencies named with no head word", () => {
  it("reads a grouping of states as a body of no single state", () => {
    const x = orgs("Harbour Weekly\nThe minister is expected in June for a meeting of the Adriatic Charter, and later for talks of the Visegrad Group.");
    expect(x).toContainEqual(["Adriatic Charter", null]);
    expect(x).toContainEqual(["Visegrad Group", null]);
    expect(orgs("عنوان\nوبحث الوزيران دور الاتحاد من أجل المتوسط في دعم التعاون بين ضفتي البحر.")).toContainEqual(["الاتحاد من أجل المتوسط", null]);
  });

  it("reads a state's aid agency as a body of that state", () => {
    const x = orgs("Harbour Weekly\nA new clinic funded by Irish Aid opened in Orno on Monday, beside a school built with help from KOICA.");
    expect(x).toContainEqual(["Irish Aid", "IE"]);
    expect(x).toContainEqual(["KOICA", "KR"]);
  });
});
