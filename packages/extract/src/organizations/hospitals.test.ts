import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => {
  const x = extractArticle({ text: "خبر\n\n" + text, tagger: false });
  return { orgs: x.organizations.map((o) => o.name), places: x.locations.map((l) => l.name) };
};

describe("a hospital with a name of its own", () => {
  it("is a body, no place of the story", () => {
    const x = read("ونقل ثلاثة جرحى إلى مستشفى كيرامبو العام لتلقي العلاج.");
    expect(x.orgs).toContain("مستشفى كيرامبو العام");
    expect(x.places.some((p) => p.includes("مستشفى"))).toBe(false);
  });
  it("is the site a visit goes to, no body, after a visit verb and its subject", () => {
    const x = read("كما زار الوفد مستشفى كيرامبو الإقليمي، واطلع من مديره على النقص في الأدوية.");
    expect(x.orgs).not.toContain("مستشفى كيرامبو");
    expect(x.places).toContain("مستشفى كيرامبو الإقليمي");
  });
  it("runs after a definite head and its kind to the town it stands in", () => {
    expect(read("ونقل الجرحى إلى المستشفى الجامعي سامي الكردي بمدينة صفاقس.").orgs).toContain(
      "المستشفى الجامعي سامي الكردي",
    );
  });
  it("is none without a name", () => {
    expect(
      read("ونقل الجنود إلى مستشفى ميداني قرب الحدود، ثم إلى المستشفى العسكري في العاصمة.").orgs,
    ).toEqual([]);
  });
});
