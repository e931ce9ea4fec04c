import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const story = (body: string) => `حركة الموانئ\n\n${body}`;
const names = (body: string) => extractArticle({ text: story(body) }).locations.map((l) => l.name);

describe("a word in -ي after a masculine site noun that names places only", () => {
  it("is the site's name when it is no adjective of what a site is", () => {
    expect(names("رست سفينة الشحن في ميناء تالفوري يوم الاثنين.")).toContain("ميناء تالفوري");
    expect(names("هبطت الطائرة في مطار سامبيري صباح الأحد.")).toContain("مطار سامبيري");
  });

  it("stays an adjective when it says what the site is or serves", () => {
    expect(names("هبطت الطائرة في مطار عسكري قرب العاصمة.")).toEqual([]);
    expect(names("أعلنت الحكومة إنشاء ميناء تجاري في الشمال.")).toEqual([]);
  });

  it("a foreign name printed in -يه with ه is the name of a masculine site, which it cannot agree with", () => {
    expect(names("صلى الوفد الظهر في مسجد كالوتيه يوم الجمعة.")).toContain("مسجد كالوتيه");
    expect(names("تدرب الجنود في ميدان رمايه قرب الحدود.")).toEqual([]);
  });
});
