import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

describe("an agency code between spaced slashes and an editor's initials closing the report", () => {
  it("takes the code as the source and not the two initials of the last line", () => {
    const text =
      "قائد الحرس الوطني يستقبل وفدا عسكريا من رومانيا\n\nالمنامة في 3 مارس 2027 / بنا / استقبل اللواء الركن سامي عادل الحداد، قائد الحرس الوطني، اليوم الأربعاء، وفدا عسكريا من رومانيا.\n\nوبحث الجانبان سبل تعزيز التعاون في مجال التدريب.\n\nع.ق\n";
    const x = extractArticle({ text });
    expect(x.source).toBe("بنا");
  });
});

describe("an agency named by its words in a dateline's brackets", () => {
  it("is the source and no organization of the story", () => {
    const text =
      "الشرطة تضبط شحنة مخدرات في ميناء نواكشوط\n\nنواكشوط (وكالة موريتانيا للأنباء) - 4 مارس 2027\n\nضبطت الشرطة الموريتانية، مساء الأربعاء، شحنة من المخدرات في ميناء نواكشوط المستقل، بحسب بيان للمديرية العامة للأمن الوطني.\n";
    const x = extractArticle({ text });
    expect(x.source).toBe("وكالة موريتانيا للأنباء");
    expect(x.organizations.map((o) => o.name)).not.toContain("وكالة موريتانيا للأنباء");
  });
});

describe("a dateline 'CITY - DD-MM-YYYY (AGENCY)' with no dash after the brackets", () => {
  it("reads the numeric date as the publication date and the bracketed code as the source", () => {
    const text =
      "المنتخب المغربي يفوز بلقب البطولة الإفريقية للكرة الطائرة\n\nأكادير - 20-03-2027 (ومع) فاز المنتخب المغربي للكرة الطائرة، مساء الجمعة، بلقب البطولة الإفريقية إثر تغلبه على نظيره الكيني.\n";
    const x = extractArticle({ text });
    expect(x.published).toBe("2027-03-20");
    expect(x.source).toBe("ومع");
  });
});

describe("three letters under a listed agency's closing sign-off", () => {
  it("are the editor's initials: the agency is the source", () => {
    const text =
      "زورق دورية يرسو في ميناء طرطوس\n\nطرطوس في 3 مايو / وام / وصل زورق تابع للبحرية إلى الميناء صباح اليوم الأحد في زيارة تستمر يومين.\n\nوقال قائد الزورق إن الزيارة تعزز التعاون بين البلدين.\n\n/ وام /\n\nس ك ل\n";
    expect(extractArticle({ text }).source).toBe("وام");
  });
});

describe("a spaced numeric date before an agency between slashes", () => {
  it("is the publication date, as it is before an agency in brackets", () => {
    for (const dateline of ["الكويت - 16 - 9 - 2026 /كونا/ --", "الكويت - 16/9/2026 / كونا / --"]) {
      const text = `قرض جديد لطاجيكستان\n\n${dateline} وقع الصندوق اليوم الأربعاء اتفاقية قرض مع جمهورية طاجيكستان لتمويل طريق جبلي.\n`;
      expect(extractArticle({ text }).published).toBe("2026-09-16");
    }
  });
});
