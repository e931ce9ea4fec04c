import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const story = (body: string) => `اشتباكات حدودية\n\n${body}`;
const locationsOf = (body: string) => extractArticle({ text: story(body) }).locations;
const names = (body: string) => locationsOf(body).map((l) => l.name);

describe("an Arabic word with no article before a definite adjective of a town", () => {
  it("is a town, in the state its sentence prints", () => {
    expect(locationsOf("نزح السكان من سامبيرا الواقعة شمالي مالي.").find((l) => l.name === "سامبيرا")?.country).toBe("ML");
    expect(names("قتل جنديان في تالفورو الحدودية فجر اليوم.")).toContain("تالفورو");
  });

  it("is no town when the adjective agrees with an indefinite noun or a noun with a pronoun", () => {
    expect(names("وقع الهجوم في منطقة حدودية نائية.")).toEqual([]);
    expect(names("اعتقل في منزله الواقع وسط الحي.")).toEqual([]);
  });
});
