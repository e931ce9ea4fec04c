import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => `${l.name}|${l.country ?? ""}`);

describe("a border town named by the other state's adjective (places/twin-towns.ts)", () => {
  it("is that state's town of the name, beside the listed town printed alone", () => {
    const got = places("عنوان\nنواكشوط - عبرت شاحنات المساعدات النهر قادمة من روصو السنغالية، وأفرغت حمولتها في روصو صباح اليوم.");
    expect(got).toContain("روصو|MR");
    expect(got).toContain("روصو السنغالية|SN");
  });

  it("leaves a town with its own state's adjective the listed town", () => {
    const got = places("عنوان\nتونس - وصل الوفد إلى صفاقس التونسية أمس.");
    expect(got).toContain("صفاقس|TN");
    expect(got.some((p) => p.startsWith("صفاقس التونسية"))).toBe(false);
  });
});

describe("gazetteer: Indian Gulf ports and Cape Verde's islands", () => {
  it("places Kandla in India, and Sal among Cape Verde's islands", () => {
    expect(places("عنوان\nأبوظبي - تنقل الشركة عمليات المزج من ميناء كاندلا إلى محطة جديدة.")).toContain("ميناء كاندلا|IN");
    expect(places("Cape Verde tourism grows\\nPRAIA, Cape Verde — Visitors crowd the beaches of Sal and Boa Vista.".replace("\\n", "\n"))).toContain("Sal|CV");
  });
});
