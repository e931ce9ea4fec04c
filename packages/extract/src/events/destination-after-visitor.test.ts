import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-02-10" });

describe("a visit's destination after the visitor's name and office", () => {
  it("places a visit told 'during' at the town after the visitor named between commas", () => {
    const x = read(
      "تسليم زوارق دورية",
      "سلمت البحرية الإيطالية اليوم زورقين للبحرية التونسية، وجاء ذلك تنفيذا لاتفاق وُقّع خلال زيارة رسمية لوزير الدفاع التونسي، عماد الورتاني، إلى روما في ديسمبر الماضي.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("روما");
  });
});
