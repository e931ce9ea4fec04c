import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const BODY_AR = "\n\nأعلنت وزارة الدفاع الكينية اليوم الثلاثاء إرسال كتيبة إضافية إلى الحدود الشمالية لتعزيز الدوريات المشتركة مع القوات الإثيوبية.\n";
const BODY_EN = "\n\nKenya and Uganda signed an agreement on Thursday to run joint patrols along their shared border, officials said.\n";

describe("a dateline closed by a run of tatweel", () => {
  it("reads the agency in brackets and the numeric date before the tatweel dash", () => {
    const x = extractArticle({ text: "كينيا ترسل كتيبة إلى الحدود\n\nنيروبي (كنا) ١٢/٣/٢٠٢٧ ــ أعلنت وزارة الدفاع الكينية إرسال كتيبة إضافية إلى الحدود الشمالية لتعزيز الدوريات.\n" });
    expect(x.source).toBe("كنا");
    expect(x.published).toBe("2027-03-12");
  });
});

describe("a credit to the outlet's own staff or the wires", () => {
  it("is no source: 'CITY ـ من مراسلنا' over a date", () => {
    const x = extractArticle({ text: "كينيا ترسل كتيبة إلى الحدود\n\nنيروبي ـ من مراسلنا\n١٢ آذار (مارس) ٢٠٢٧" + BODY_AR });
    expect(x.source).toBeNull();
    expect(x.author).toBeNull();
  });

  it("is no source: 'Staff and agencies' over a date", () => {
    const x = extractArticle({ text: "Kenya and Uganda agree border patrols\n\nStaff and agencies\nThu 11 Mar 2027 09.15 GMT" + BODY_EN });
    expect(x.source).toBeNull();
    expect(x.author).toBeNull();
    expect(x.published).toBe("2027-03-11");
  });
});

describe("a month given both names, the second in brackets", () => {
  it("reads '١٢ آذار (مارس) ٢٠٢٧' and '٣ مارس (آذار) ٢٠٢٧' as dates", () => {
    const date = (line: string) => extractArticle({ text: "كينيا ترسل كتيبة إلى الحدود\n\nنيروبي ـ سامر خليل\n" + line + BODY_AR }).published;
    expect(date("١٢ آذار (مارس) ٢٠٢٧")).toBe("2027-03-12");
    expect(date("٣ مارس (آذار) ٢٠٢٧")).toBe("2027-03-03");
  });
});
