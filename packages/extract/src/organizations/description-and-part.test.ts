import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "Border patrols\n\n" + text }).organizations.map((o) => o.name);

describe("a body described in lower case before its own name", () => {
  it("is that body, listed once by its name", () => {
    const names = orgs("Kenya's army, the Kenya Defence Forces, said on Monday it had sent two battalions to the border.");
    expect(names).toContain("Kenya Defence Forces");
    expect(names).not.toContain("Kenya's army");
  });
});

describe("a body in lower case qualifying one of its parts", () => {
  it("names the part, not the whole body", () => {
    expect(orgs("Fiji's police maritime wing took delivery of two new patrol boats on Tuesday.")).not.toContain("Fiji's police");
    expect(orgs("Kenyan parliament committee backs the purchase of patrol boats.")).not.toContain("Kenyan parliament");
  });

  it("still reads the body when a verb follows it", () => {
    expect(orgs("Malaysian police arrested four men near the border on Monday.")).toContain("Malaysian police");
  });
});

describe("the place a body is said with a site's or body's noun before it", () => {
  it("reads no body from the name the tagger cut after the noun", () => {
    expect(extractArticle({ text: "معرض\n\nافتتح الوزير معرضا للمخطوطات في مدرسة كوكلداش بساحة المدينة القديمة في طشقند أمس." }).organizations.map((o) => o.name)).toEqual([]);
  });
});
