import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const datesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.date);

describe("an Arabic doing that goes on telling a dated occasion", () => {
  it("dates the procession told after a funeral on the funeral's day", () => {
    const x = extractArticle({
      text: "تشييع ضابط في مدينة كيفه\n\nشيعت قيادة المنطقة العسكرية الثالثة اليوم الأحد في مدينة كيفه جثمان العقيد الركن محمد ولد سيدي، الذي قضى إثر حادث سير.\n\nوتقدم موكب التشييع إلى المقبرة قائد المنطقة العسكرية الثالثة اللواء أحمدو ولد بلال ووالي لعصابة السيد يعقوب ولد سالم.\n",
      publishedHint: "2031-04-08",
    });
    expect(datesOf(x, "other")).toEqual(["2031-04-08", "2031-04-08"]);
  });

  it("leaves undated a doing told as backstory", () => {
    const x = extractArticle({
      text: "تشييع ضابط في مدينة كيفه\n\nشيعت قيادة المنطقة العسكرية الثالثة اليوم الأحد في مدينة كيفه جثمان العقيد الركن محمد ولد سيدي، الذي قضى إثر حادث سير.\n\nويذكر أن اللواء أحمدو ولد بلال ووالي لعصابة السيد يعقوب ولد سالم افتتحا مستشفى عسكريا في المدينة.\n",
      publishedHint: "2031-04-08",
    });
    expect(datesOf(x, "other").filter((d) => d === "2031-04-08")).toHaveLength(1);
  });

  it("leaves undated a doing told as backstory or as another meeting", () => {
    const x = extractArticle({
      text: "افتتاح مكتبة في مدينة تيمبو\n\nافتتح وزير الثقافة الموريتاني الدكتور سيدي ولد أحمد باب اليوم الثلاثاء مكتبة عامة في مدينة تيمبو بتمويل من صندوق التنمية.\n\nوالتقى الوزير أيضا مدير الصندوق السيد هارالد فينستروم في مقر الصندوق.\n",
      publishedHint: "2031-04-08",
    });
    expect(datesOf(x, "meeting")).not.toContain("2031-04-08");
  });
});
