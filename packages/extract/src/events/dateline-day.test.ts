import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("an event's day beside the dateline's", () => {
  it("takes the day the sentence names, not the date the dateline was filed on", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل نظيره\n\nتونس في ١٢ آذار ٢٠٢٥ (وات) - استقبل وزير الدفاع التونسي خالد السهيلي أمس الثلاثاء وزير الدفاع الجزائري عمار بلقاسم في مقر الوزارة بالعاصمة.",
    });
    expect(x.published).toBe("2025-03-12");
    expect(x.events.find((e) => e.type === "meeting")?.date).toBe("2025-03-11");
  });

  it("keeps the dateline's date when the sentence names no day", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل نظيره\n\nتونس في ١٢ آذار ٢٠٢٥ (وات) - استقبل وزير الدفاع التونسي خالد السهيلي وزير الدفاع الجزائري عمار بلقاسم في مقر الوزارة بالعاصمة.",
    });
    expect(x.events.find((e) => e.type === "meeting")?.date).toBe("2025-03-12");
  });
});

describe("a past weekday in an article that prints no publication date", () => {
  const x = (later: string) =>
    extractArticle({
      text: [
        "الوزير يزور الوحدات الحدودية",
        "قابس (وات) - أدى وزير الدفاع الوطني، سليم الورغي، يوم الاثنين 16 أوت 2027، زيارة ميدانية إلى الوحدات العسكرية المرابطة بمدينة بن قردان.",
        later,
      ].join("\n\n"),
    }).events.map((e) => [e.type, e.date]);

  it("counts 'الجمعة الماضي' back from the last full date printed before it", () => {
    expect(x("وكان الورغي قد التقى الجمعة الماضي بتونس العاصمة نظيره الجزائري، رشيد بن عمار.")).toContainEqual(["meeting", "2027-08-13"]);
  });

  it("does not count a weekday with no past marker back from that date", () => {
    expect(x("وكان الورغي قد التقى الجمعة بتونس العاصمة نظيره الجزائري، رشيد بن عمار.")).not.toContainEqual(["meeting", "2027-08-13"]);
  });
});
