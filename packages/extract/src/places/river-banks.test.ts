import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => `${l.name}|${l.country ?? ""}`);

describe("a river's or a lake's bank (places/river-banks.ts)", () => {
  it("is not the West Bank", () => {
    const x = places("عنوان\nالخرطوم - تفقد الوزير مزارع على الضفة الغربية للنيل شمال أم درمان.");
    expect(x.some((p) => p.startsWith("الضفة الغربية"))).toBe(false);
    expect(places("عنوان\nأسوان - أقيمت محطة ضخ على الضفة الشرقية لبحيرة ناصر.").some((p) => p.includes("|PS"))).toBe(false);
  });

  it("leaves the West Bank named alone", () => {
    expect(places("عنوان\nرام الله - شهدت مدن الضفة الغربية إضرابا شاملا اليوم.")).toContain("الضفة الغربية|PS");
  });
});
