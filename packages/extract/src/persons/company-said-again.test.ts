import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("an office closing on الشركة a sentence after the company was named", () => {
  it("rebuilds the office with the company of the side he signs for", () => {
    const persons = read(
      'أبرمت شركة "واحة النخيل للمقاولات" الأردنية اتفاقا مع شركة "ستيلار بيلد" الرومانية لبناء مستودعات. ووقع الاتفاق عن الجانب الأردني الرئيس التنفيذي للشركة السيد سامر بن عودة الحباشنة، وعن الجانب الروماني المدير العام للشركة السيد ميهاي بوبيسكو، بحضور السفير.',
    );
    expect(persons.find((p) => p.name === "سامر بن عودة الحباشنة")?.role).toBe("الرئيس التنفيذي لشركة واحة النخيل للمقاولات");
    expect(persons.find((p) => p.name === "ميهاي بوبيسكو")?.role).toBe("المدير العام لشركة ستيلار بيلد");
  });

  it("rebuilds an office in ب with the one company named, whose state its officer serves", () => {
    expect(
      read('وقعت شركة "أطلس للتبريد" التونسية عقدا لإنشاء مصنع قرب الميناء. وقالت مديرة المبيعات بالشركة، سلوى الدريدي، إن الإنتاج سيبدأ العام المقبل.'),
    ).toEqual([{ name: "سلوى الدريدي", role: "مديرة المبيعات بشركة أطلس للتبريد", country: "TN" }]);
  });

  it("keeps the office as printed in the sentence that names the company", () => {
    expect(read('ووقع عقدا مع شركة "أطلس للتبريد" التونسية سامي الورتاني المدير العام للشركة.')[0]?.role).toBe("المدير العام للشركة");
  });

  it("keeps the office as printed when two companies were named and no side is told", () => {
    expect(
      read('أبرمت شركة "واحة النخيل للمقاولات" الأردنية اتفاقا مع شركة "ستيلار بيلد" الرومانية. وقال المدير العام للشركة، سامر عودة الحباشنة، إن العمل يبدأ قريبا.')[0]?.role,
    ).toBe("المدير العام للشركة");
  });
});
