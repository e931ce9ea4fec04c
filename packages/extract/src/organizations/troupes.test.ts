import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a troupe: its noun, its one-word name, then the art it performs", () => {
  it("names the troupe without the art it performs", () => {
    const x = orgs("عنوان\nالرباط - أحيت فرقة الأمل للفنون الشعبية، وفرقة ريحان للموسيقى الأندلسية حفلا في المدينة مساء السبت.");
    expect(x).toEqual(expect.arrayContaining(["فرقة الأمل", "فرقة ريحان"]));
  });

  it("makes no body of a unit of soldiers", () => {
    expect(orgs("عنوان\nالرباط - نشر الجيش فرقة من المشاة قرب الحدود يوم السبت.")).toEqual([]);
  });
});
