import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text }).organizations.map((o) => o.name);

describe("where an English name ends", () => {
  it("stops a listed name before a lower-case participle after a hyphen", () => {
    expect(orgs("She served with the NATO-led mission in Kosovo in 2012.")).toEqual(["NATO"]);
  });

  it("takes a capitalized name quoted right after a head as the name it bears", () => {
    expect(orgs('He graduated from the Military Academy "General Ivan Petrov" in Sofia in 1999.')).toEqual(["Military Academy General Ivan Petrov"]);
  });

  it("leaves quoted words of a statement after a body out", () => {
    expect(orgs('The Defence Ministry "strongly condemns" the attack, a spokesman said.')).toEqual(["Defence Ministry"]);
  });
});

describe("a Latin name in Arabic copy", () => {
  it("ends where the script changes, before an Arabic place", () => {
    const x = extractArticle({ text: "تعاون أمني\n\nبحث الجانبان مشاركة الشرطة التركية في تأمين بطولة كأس العالم FIFA البرازيل 2030 حول الملاعب." });
    expect(x.organizations.map((o) => o.name)).not.toContain("FIFA البرازيل");
  });
});
