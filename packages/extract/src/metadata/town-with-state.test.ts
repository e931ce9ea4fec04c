import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { outletAfterPlaces } from "./source-value";
import { isPlaceName } from "../places/gazetteer";

// Every line below is written for these tests, not taken from an article.

describe("a town filed from with its state in brackets, then the credit", () => {
  it("takes the credit after a town no list holds when its state stands in brackets", () => {
    expect(outletAfterPlaces("زيرانوفا (كرواتيا) – وكالات", isPlaceName)).toBe("وكالات");
    expect(outletAfterPlaces("زيرانوفا (الفريق الأول) – وكالات", isPlaceName)).toBeNull();
  });

  it("reads the credit as the source and the town as no club of a sport story", () => {
    const x = extractArticle({
      text:
        "العداء القطري يفوز بسباق 800 متر\n\nالسبت ٢ أكتوبر ٢٠٢٧\n\nزيرانوفا (كرواتيا) – وكالات\n\nفاز العداء القطري سالم جابر المري بسباق 800 متر في ملتقى ألعاب القوى الدولي الذي تستضيفه مدينة زيرانوفا الكرواتية، متقدما على منافسيه من المنتخب الإيطالي والمنتخب البولندي.\n\nوقال المري إنه يستعد لبطولة العالم المقبلة.\n",
    });
    expect(x.source).toBe("وكالات");
    expect(x.organizations.map((o) => o.name)).not.toContain("زيرانوفا");
  });

  it("takes a listed agency between the town with its state and the date", () => {
    const x = extractArticle({
      text:
        "وزيرا الدفاع يتفقان على تمرين مشترك\n\nزيرانوفا (كرواتيا) – أ ف ب – الأربعاء 6 أكتوبر 2027\n\nاتفق وزير الدفاع الكرواتي ووزيرة الدفاع السلوفينية اليوم الأربعاء على تنظيم تمرين مشترك لقوات الجبال في الربيع المقبل، بمشاركة نحو ألف جندي من البلدين.\n",
    });
    expect(x.source).toBe("أ ف ب");
  });
});

