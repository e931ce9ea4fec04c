import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("a body's name holding two words joined by a hyphen", () => {
  it("runs on past the hyphen, leaving no second body of the word after it", () => {
    const names = orgs("وقعت الشركة العقد في مقر حكومة كانتون السهل-الأخضر أمس، بحضور مسؤولين محليين.");
    expect(names).toContain("حكومة كانتون السهل-الأخضر");
    expect(names).not.toContain("الأخضر");
  });
});

describe("a body said again by its head and the definite noun of its complement", () => {
  it("is the body named in full before, not another one", () => {
    const names = orgs("وقعت الشركة العقد في مقر حكومة كانتون الوادي أمس. وقال رئيس الحكومة إن حكومة الكانتون ستسرع إجراءات الترخيص.");
    expect(names).toEqual(["حكومة كانتون الوادي"]);
  });
});

describe("a joint committee named after the two sides it joins", () => {
  it("runs on across و to the second side's area and its nationality, and serves neither state", () => {
    const a = extractArticle({ text: "خبر\n\nعقدت اللجنة الأمنية المشتركة لولاية كسلا وإقليم أمهرة الإثيوبي اجتماعها الدوري أمس في مدينة كسلا." });
    expect(a.organizations.map((o) => [o.name, o.country])).toEqual([["اللجنة الأمنية المشتركة لولاية كسلا وإقليم أمهرة الإثيوبي", null]]);
  });
});
