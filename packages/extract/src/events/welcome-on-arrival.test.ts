import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const visits = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-03-15" }).events.filter((e) => e.type === "visit").map((e) => e.participants);

describe("who welcomed the visitors on arrival", () => {
  it("takes part in the visit told before, even when the sentence goes on to speak of an attack", () => {
    const x = visits(
      "لجنة برلمانية تتفقد المنطقة الحدودية",
      "زارت رئيسة لجنة الأمن في البرلمان الكيني غريس أوتينو موانزا يوم السبت بلدة مبيكي للاطلاع على أوضاع السكان.",
      "وكان في استقبال الوفد حاكم المقاطعة جوزيف كاماو نديرانغو، الذي قال إن السكان يخشون العودة إلى قراهم منذ الهجوم.",
    );
    expect(x).toEqual([["غريس أوتينو موانزا", "جوزيف كاماو نديرانغو"]]);
  });

  it("makes no reception of a ceremony in the words said after the welcome", () => {
    const x = extractArticle({
      text: [
        "فرقاطة في هافانا",
        "رست الفرقاطة الروسية «فولغا» صباح أمس الخميس في ميناء هافانا، في زيارة تستمر أربعة أيام.",
        "وكان في استقبال السفينة لدى وصولها نائب رئيس الأركان الكوبي الفريق خوان مارتينيث، وقائد السفينة الكابتن إيفان بيتروف، الذي قال إن طاقمها سيشارك في مراسم لوضع أكاليل الزهور.",
      ].join("\n\n"),
      publishedHint: "2026-03-15",
    });
    expect(x.events.map((e) => e.type)).not.toContain("reception");
  });
});

