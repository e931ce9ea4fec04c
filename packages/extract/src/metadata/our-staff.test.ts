import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const headline = "وزيرا النقل يبحثان توسعة خط الملاحة بين البلدين";
const lead =
  "بحث وزير النقل مع نظيره القبرصي اليوم الثلاثاء توسعة خط الملاحة بين البلدين، وتناول اللقاء جدول الرحلات ومراحل تجهيز الأرصفة في الميناءين.";
const rest = "\n\nوأكد الوزيران أن الخط الموسع يبدأ العمل في الخريف المقبل بعد استكمال الدراسات الفنية.\n";

describe("the paper's own correspondent or envoy in a dateline byline", () => {
  it("reads the name after 'من مبعوثنا:' on the place's line as the writer, never as the source", () => {
    const x = extractArticle({ text: `الصدى\nمحليات | نقل\n14/03/2029\n\n${headline}\n\nليماسول - من مبعوثنا: كريم سالم العتيبي\n\n${lead}${rest}` });
    expect(x.author).toBe("كريم سالم العتيبي");
    expect(x.source).toBe("الصدى");
    expect(x.persons.map((p) => p.name)).not.toContain("كريم سالم العتيبي");
  });

  it("reads a delegate's name between dashes on a dateline of its own line with the day and the agency", () => {
    const x = extractArticle({ text: `${headline}\n\nليماسول 14 آذار (بترا) - من مندوبتنا هالة الرواشدة -\n${lead}${rest}` });
    expect(x.author).toBe("هالة الرواشدة");
    expect(x.source).toBe("بترا");
  });

  it("reads it inside the dateline opening the report, and with 'الخاص' after the word", () => {
    const x = extractArticle({ text: `${headline}\n\nليماسول 14 آذار (بترا) - من موفدنا الخاص نادر القيسي - ${lead}${rest}` });
    expect(x.author).toBe("نادر القيسي");
    expect(x.source).toBe("بترا");
  });

  it("credits no one and names no outlet when the envoy's word stands alone", () => {
    const x = extractArticle({ text: `${headline}\n\nليماسول - من مبعوثنا\n\n${lead}${rest}` });
    expect(x.author).toBeNull();
    expect(x.source).toBeNull();
  });
});
