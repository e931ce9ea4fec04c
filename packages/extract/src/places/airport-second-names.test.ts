import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("an airport named by its town and a second name", () => {
  it("keeps the second name before a comma or a preposition", () => {
    expect(sitesOf("هبطت طائرة الإغاثة في مطار جانت بوكار، وعلى متنها أدوية.")).toContain("مطار جانت بوكار");
    expect(sitesOf("وصل الوفد إلى مطار ماروا دونغا على متن طائرة خاصة.")).toContain("مطار ماروا دونغا");
  });

  it("leaves out the subject's state and the sentence going on", () => {
    expect(sitesOf("وصل الوزير إلى مطار جانت قادما من العاصمة.")).toContain("مطار جانت");
    expect(sitesOf("واستقبله في مطار جانت مسؤولون محليون.")).toContain("مطار جانت");
  });
});

describe("a place whose name opens with و inside a site's name", () => {
  it("reads وادي as the place's own word, no clitic", () => {
    expect(sitesOf("وعقد الجانبان في مقر قيادة منطقة وادي حلفا العسكرية جلسة مباحثات.")).toContain("مقر قيادة منطقة وادي حلفا العسكرية");
  });
});
