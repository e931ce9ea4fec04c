import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.location);

describe("a dateline on a short line of its own", () => {
  it("reads the place before a dash and the agency's code", () => {
    const x = extractArticle({
      text: "الملحق العسكري التونسي يبحث التعاون مع مسؤول نمساوي\n\nفيينا - وات\n\nبحث الملحق العسكري التونسي، العقيد منذر الحباشي، مع وكيل وزارة الدفاع النمساوية، فرانز هوبر، سبل تطوير التعاون في مجال التكوين.\n",
    });
    expect(placesOf(x, "meeting")).toEqual(["فيينا"]);
  });

  it("reads the place before a colon and the correspondent's name", () => {
    const x = extractArticle({
      text: "نيوزيلندا تعلن إرسال مدربين إلى فيجي\n\nولينغتون: سلوى الكردي\n\nأعلن وزير الدفاع النيوزيلندي جيمس هارلو، أمس، أن بلاده سترسل عشرين مدربا عسكريا إلى فيجي في الخريف المقبل.\n",
    });
    expect(placesOf(x, "statement")).toEqual(["ولينغتون"]);
  });

  it("reads the place before في and the day", () => {
    const x = extractArticle({
      text: "تونس ومالطا تبحثان أمن الملاحة\n\nتونس في ١٢ ربيع الأول ١٤٤٩هـ\n\nبحث وزير الدفاع التونسي العميد صابر الحمامي اليوم مع قائد القوات المسلحة المالطية العقيد جوزيف كاميليري أمن الملاحة.\n\nكما استقبل كاتب الدولة للشؤون الخارجية رضا الغرسلاوي الوفد المالطي بحضور سفير مالطا لدى تونس بيتر بورغ.\n",
    });
    expect(placesOf(x, "reception")).toEqual(["تونس"]);
  });
});

describe("one occasion, one place", () => {
  it("does not place talks where an exercise they spoke of will be held", () => {
    const x = extractArticle({
      text: "الملحق العسكري التونسي يبحث التعاون مع مسؤول نمساوي\n\nفيينا - وات\n\nبحث الملحق العسكري التونسي، العقيد منذر الحباشي، مع وكيل وزارة الدفاع النمساوية، فرانز هوبر، سبل تطوير التعاون في مجال التكوين.\n\nوأوضح الحباشي أن الجانبين، الحباشي وهوبر، استعرضا التحضيرات الجارية لتمرين \"نسر الجبال\" الذي ستحتضنه سواحل بنزرت في يونيو المقبل.\n",
    });
    expect(placesOf(x, "meeting")).toEqual(["فيينا"]);
  });
});
