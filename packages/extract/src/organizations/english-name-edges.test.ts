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

  it("keeps a plural's possessive inside the name", () => {
    expect(orgs("The Korvana Dockers' Union asked for a seat on the board on Monday.")).toEqual(["Korvana Dockers' Union"]);
    expect(orgs("Talks with the Fishermen’s Association of Lake Orno ended on Friday.")).toEqual(["Fishermen’s Association of Lake Orno"]);
  });

  it("leaves the town a mission in lower case served in out of its name", () => {
    expect(orgs("She served with the Joint Expeditionary Force mission in Kabul in 2012.")).not.toContain("Joint Expeditionary Force mission in Kabul");
    expect(orgs("He served with the United Nations Mission in South Sudan in 2012.")).toEqual(["United Nations Mission in South Sudan"]);
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
