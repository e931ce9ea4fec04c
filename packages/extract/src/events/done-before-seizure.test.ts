import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-05-20" }).events;

describe("a seizure told as done before, after a visit ('يذكر أن الوحدات كانت قد حجزت يوم الجمعة الماضي')", () => {
  it("is a happening of its own, dated from the printed date, with none of the visitors", () => {
    const events = read(
      "وفد ليبي في معبر رأس جدير",
      "مدنين، 20 مايو 2026 (وات) - زار والي زوارة، سالم الفرجاني، اليوم الأربعاء معبر رأس جدير، حيث استقبله رئيس منطقة الحرس الوطني، المقدم كمال الزواري.",
      "يذكر أن وحدات الحرس الوطني كانت قد حجزت يوم الجمعة الماضي قرب بن قردان كمية من الأسلحة والذخيرة.",
    );
    const seizure = events.find((e) => e.type === "other");
    expect(seizure?.participants).toEqual([]);
    expect(seizure?.date).toBe("2026-05-15");
  });
});
