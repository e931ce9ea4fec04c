import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("a body named with and without its head", () => {
  it("reads 'الدعم السريع' after 'قوات الدعم السريع' as the same body", () => {
    const x = extractArticle({ text: "خبر\n\nاتهم المتحدث باسم الجيش العميد سامي علي قوات الدعم السريع بالهجوم، ولم يصدر تعليق من الدعم السريع." });
    const rsf = x.organizations.filter((o) => o.name.includes("الدعم السريع"));
    expect(rsf.map((o) => o.name)).toEqual(["قوات الدعم السريع"]);
    expect(rsf[0]!.mentions).toHaveLength(2);
  });
});

describe("an indefinite noun with an adjective names no body", () => {
  it("reads no organization from 'قوة مشتركة' or 'لجنة سورية لبنانية'", () => {
    const x = orgs("ووقع الوزيران اتفاقا لتشكيل قوة مشتركة لتأمين الشريط الحدودي، وعقدت لجنة سورية لبنانية اجتماعا.");
    expect(x.filter((n) => n.startsWith("قوة") || n.startsWith("لجنة"))).toEqual([]);
  });

  it("still reads the army of a state whose name looks like an adjective", () => {
    expect(orgs("وقاتل جيش مالي مسلحين قرب تمبكتو.").some((n) => n.startsWith("جيش مالي"))).toBe(true);
  });
});

describe("English names that open with a rank's word", () => {
  it("keeps 'General' right before the head in the name", () => {
    const x = extractArticle({ text: "News\n\nThe General Company for Ports of Iraq welcomed the step in a statement." });
    expect(x.organizations.map((o) => o.name)).toEqual(["General Company for Ports of Iraq"]);
  });
});

describe("English companies introduced by what they are", () => {
  it("reads the capitalized name after a nationality and a noun such as firm, maker or shipbuilder, with that state", () => {
    const x = extractArticle({ text: "News\n\nThe plant will be run by Ukrainian maker Skyforge Systems, and the Ethiopian firm Abay Marine Engineering will refit the pier." });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([
      ["Skyforge Systems", "UA"],
      ["Abay Marine Engineering", "ET"],
    ]);
  });

  it("reads nothing after such a noun with no nationality before it", () => {
    const x = extractArticle({ text: "News\n\nThe firm Nova said it would bid." });
    expect(x.organizations.map((o) => o.name)).not.toContain("Nova");
  });
});

describe("the body an English title heads", () => {
  it("lists the body named in full after 'of the' in a title", () => {
    const x = extractArticle({ text: "News\n\nHe met Omar Saleh, director general of the Gulf Defence Procurement Authority, on Monday." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Gulf Defence Procurement Authority"]);
  });

  it("leaves the body inside a capitalized title to the title", () => {
    const x = extractArticle({ text: "News\n\nHe met with Commander of the Gulf Naval Command Rear Admiral Omar Saleh on Monday." });
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });

  it("reads a dockyard by its head", () => {
    const x = extractArticle({ text: "News\n\nThe ship was commissioned at the Karim Bay Naval Dockyard on Thursday." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Karim Bay Naval Dockyard"]);
  });
});
