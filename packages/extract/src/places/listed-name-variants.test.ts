import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text, fileName: "t.txt" }).locations;

describe("زنجبار, a Yemeni town and a Tanzanian island", () => {
  it("is the Tanzanian island in a story that names Tanzania", () => {
    const locs = locationsOf("تعاون بحري\n\nمسقط - وكالات\n\nبحث وفد عسكري من تنزانيا أمس تنظيم دوريات مشتركة قرب زنجبار خلال العام المقبل.");
    expect(locs.find((l) => l.name === "زنجبار")?.country).toBe("TZ");
  });

  it("stays the Yemeni town otherwise", () => {
    const locs = locationsOf("اشتباكات\n\nعدن - وكالات\n\nاندلعت اشتباكات أمس في مدينة زنجبار بمحافظة أبين جنوب اليمن.");
    expect(locs.find((l) => l.name === "زنجبار")?.country).toBe("YE");
  });
});

describe("Côte d'Ivoire printed without its accent", () => {
  it("is the state", () => {
    const locs = locationsOf("Cocoa\n\nACCRA, June 3 -- Ghana and Cote d'Ivoire agreed on Monday to share data on cocoa smuggling.");
    expect(locs.find((l) => l.country === "CI" && l.kind === "country")).toBeDefined();
  });
});

describe("provinces of states read by name", () => {
  it("reads East Nusa Tenggara in Arabic with its compass word", () => {
    const locs = locationsOf("استثمار\n\nجاكرتا - وكالات\n\nتعتزم الشركة بناء محطة للطاقة الشمسية في إقليم نوسا تينغارا الشرقية العام المقبل.");
    expect(locs.find((l) => l.name === "نوسا تينغارا الشرقية")?.country).toBe("ID");
  });
});

describe("names wire copy gives listed places", () => {
  it("reads HCM City, the Vietnamese agency's name for Ho Chi Minh City", () => {
    const locs = locationsOf("Trade fair\n\nHCM City (VNA) – A fair of farm goods opened on Thursday with exhibitors from Laos and Cambodia.");
    expect(locs.find((l) => l.name === "HCM City")?.country).toBe("VN");
  });

  it("reads عدل بكرو as one Mauritanian town", () => {
    const locs = locationsOf("دورية\n\nنواكشوط - وكالات\n\nنفذت وحدة من الجيش أمس دورية قرب مدينة عدل بكرو على الحدود الشرقية.");
    expect(locs.find((l) => l.name === "عدل بكرو")?.country).toBe("MR");
  });

  it("leaves باتا, 'final', alone", () => {
    const names = locationsOf("حكم\n\nبغداد - وكالات\n\nقالت المحكمة إن قرارها أصبح باتا ولا يقبل الطعن.").map((l) => l.name);
    expect(names).not.toContain("باتا");
  });
});
