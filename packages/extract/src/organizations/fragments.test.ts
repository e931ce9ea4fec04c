import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { findPlaceHits, type PlaceHit } from "../places/gazetteer";
import { extractArticle } from "../index";
import { isPlacePhrase, isPlaceWithItsNationality, isTrafficPhrase, opensWithTimeNoun } from "./fragments";
import { opensWithAdjectiveOfNounBefore } from "./index";

// Every sentence below is written for these tests, not taken from an article.

const ctxOf = (text: string) => {
  const doc = buildDoc(text, "ar");
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of findPlaceHits(doc.tokens, doc.text)) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  return { doc, placeAt };
};
const at = (text: string, word: string) => ctxOf(text).doc.tokens.findIndex((t) => t.text === word);
const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("phrases the tagger may read as bodies that say where or when", () => {
  it("reads a place with a word placing something beside it as a place phrase", () => {
    const text = "جرى التمرين قبالة سواحل وهران ثم غربي بنغازي مع شركة وهران للنقل.";
    const ctx = ctxOf(text);
    expect(isPlacePhrase(ctx, at(text, "سواحل"), at(text, "سواحل") + 1)).toBe(true);
    expect(isPlacePhrase(ctx, at(text, "غربي"), at(text, "غربي") + 1)).toBe(true);
    expect(isPlacePhrase(ctx, at(text, "شركة"), at(text, "للنقل"))).toBe(false);
  });

  it("reads a region's name and its state's nationality as a place, not a city's (a club in sport)", () => {
    const text = "أغرقت الأمطار قرى في أمهرة الإثيوبي بينما فاز برشلونة الإسباني.";
    const ctx = ctxOf(text);
    expect(isPlaceWithItsNationality(ctx, at(text, "أمهرة"), at(text, "الإثيوبي"))).toBe(true);
    expect(isPlaceWithItsNationality(ctx, at(text, "برشلونة"), at(text, "الإسباني"))).toBe(false);
  });

  it("reads a phrase opening with a noun of time as no body", () => {
    const text = "ضمن برنامج التعاون للسنة الجارية وخطة العام المقبل مع جامعة قرطبة.";
    const ctx = ctxOf(text);
    expect(opensWithTimeNoun(ctx, at(text, "للسنة"))).toBe(true);
    expect(opensWithTimeNoun(ctx, at(text, "العام"))).toBe(true);
    expect(opensWithTimeNoun(ctx, at(text, "جامعة"))).toBe(false);
  });

  it("reads an indefinite noun of time after a count as no body", () => {
    const text = "ويمتد العقد على 30 سنة مع تجديده كل عام لمدة خمس سنوات.";
    const ctx = ctxOf(text);
    expect(opensWithTimeNoun(ctx, at(text, "سنة"))).toBe(true);
    expect(opensWithTimeNoun(ctx, at(text, "عام"))).toBe(true);
    expect(opensWithTimeNoun(ctx, at(text, "سنوات"))).toBe(true);
  });

  it("reads حركة الشحن as the traffic of freight", () => {
    expect(isTrafficPhrase("حركة الشحن")).toBe(true);
    expect(orgs("عنوان\nوقال المدير إن حركة الشحن عبر الميناء الجديد ارتفعت خلال العام الماضي.")).toEqual([]);
  });

  it("reads حركة with what moves as traffic, not a movement", () => {
    expect(isTrafficPhrase("حركة الشاحنات")).toBe(true);
    expect(isTrafficPhrase("الحركة الملاحية")).toBe(true);
    expect(isTrafficPhrase("حركة النهضة")).toBe(false);
    const names = orgs("عنوان\nوأكد المتحدث أن حركة الشاحنات توقفت، وأن الحركة الملاحية في القناة عادت، بينما قالت حركة النهضة إنها ستشارك.");
    expect(names).toContain("حركة النهضة");
    expect(names.some((n) => n.includes("الشاحنات") || n.includes("الملاحية"))).toBe(false);
  });
});

describe("a head that is also an adjective", () => {
  it("qualifies a base's name, a quoted name or a definite noun before it", () => {
    const names = orgs('عنوان\nقال قائد البحرية إن التمرين جرى في قاعدة سالفادور البحرية جنوب غربي ريو دي جانيرو، قبل مناورات "أطلس" البحرية المقررة في الخريف، عبر الممرات البحرية القريبة من الساحل.');
    expect(names.some((n) => n.startsWith("البحرية"))).toBe(false);
  });

  it("names the body with the head it qualifies, and stays the navy after a verb", () => {
    const names = orgs("عنوان\nتدربت القوة البحرية الكويتية مع البحرية التونسية، وأعلنت البحرية المصرية انتهاء المناورات.");
    expect(names).toEqual(expect.arrayContaining(["القوة البحرية الكويتية", "البحرية التونسية", "البحرية المصرية"]));
  });

  it("reads المنظمة after a definite noun as its adjective (organized crime), not a body", () => {
    const names = orgs("عنوان\nواتفق الوزيران على مكافحة الجريمة المنظمة العابرة للحدود، فيما قالت المنظمة الدولية للهجرة إنها ستدعم البرنامج.");
    expect(names).toEqual(["المنظمة الدولية للهجرة"]);
  });
});

describe("a tagged body opening with a head that is also an adjective", () => {
  const opens = (text: string, word: string) => opensWithAdjectiveOfNounBefore(ctxOf(text), at(text, word));
  it("is the definite noun before it qualified", () => {
    expect(opens("وزار الوزير القاعدة البحرية بسوسة صباح اليوم.", "البحرية")).toBe(true);
  });
  it("names a body after a head, a verb or a title", () => {
    expect(opens("واستقبل قائد القوة البحرية بسوسة الوفد.", "البحرية")).toBe(false);
    expect(opens("وأعلنت البحرية التونسية إنقاذ البحارة.", "البحرية")).toBe(false);
    expect(opens("وقال قائد البحرية إن الطاقم بخير.", "البحرية")).toBe(false);
  });
});
