import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a match between national teams", () => {
  it("keeps the coach and the officials out of the match", () => {
    const x = extractArticle({
      text: "منتخب الأردن يحرز لقب البطولة الخليجية لكرة السلة\n\nعمان 10 تموز (بترا)- توج المنتخب الأردني لكرة السلة، مساء الخميس، بلقب البطولة الخليجية، إثر فوزه على نظيره الكويتي بنتيجة 81 مقابل 74، في المباراة النهائية التي أقيمت في صالة الأمير حمزة بعمان.\n\nوقال مدرب المنتخب الأردني، سامر حداد، عقب المباراة، إن الفوز جاء بعد تحضير طويل.\n\nوسلم رئيس الاتحاد الأردني لكرة السلة، السيد نبيل العمري، الكأس لقائد المنتخب بحضور محافظ العاصمة السيد عادل الزعبي.\n",
    });
    const match = x.events.find((e) => e.type === "other");
    expect(match?.participants).toEqual([]);
    expect(match?.countries).toEqual(expect.arrayContaining(["JO", "KW"]));
  });

  it("keeps an athlete who won a race alone (no team word)", () => {
    const x = extractArticle({
      text: "العداء البحريني يفوز بذهبية سباق 5 آلاف متر\n\nالمنامة 3 أيار (بنا)- فاز العداء البحريني ناصر سالم الحداد، مساء الأحد، بذهبية سباق 5 آلاف متر في البطولة الآسيوية لألعاب القوى المقامة في الدوحة.\n",
    });
    expect(x.events.find((e) => e.type === "other")?.participants).toEqual(["ناصر سالم الحداد"]);
  });

  it("leaves out the hosts of the earlier titles its record names after the win ('بعد فوزه في بطولة X عام 2009')", () => {
    const x = extractArticle({
      text: "المنتخب الأردني بطلا لآسيا\n\nعمان 10 تموز (بترا)- توج المنتخب الأردني لكرة السلة، مساء الخميس، بلقب البطولة الآسيوية، بفوزه على نظيره الكويتي بنتيجة 81 مقابل 74 في المباراة النهائية، بعد فوزه بالبطولة في لبنان عام 2009 وحصوله على الفضية في الصين 2015.\n",
    });
    const match = x.events.find((e) => e.type === "other");
    expect(match?.countries).toEqual(expect.arrayContaining(["JO", "KW"]));
    expect(match?.countries).not.toContain("LB");
    expect(match?.countries).not.toContain("CN");
  });
});
