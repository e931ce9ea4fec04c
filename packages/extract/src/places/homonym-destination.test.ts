import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => `${l.name}|${l.country ?? ""}`);

describe("a place name that is also a word, where a journey ends (places/homonym-destination.ts)", () => {
  it("is the town when a verb of going points at it and it closes the clause", () => {
    expect(places("عنوان\nالمنامة - اختتم الوفد جولته وغادر متوجها إلى الخبر.")).toContain("الخبر|SA");
    expect(places("عنوان\nالدمام - عاد المهندسون إلى الخبر، بعد انتهاء أعمال الصيانة.")).toContain("الخبر|SA");
  });

  it("stays the word when something follows it or no journey points at it", () => {
    expect(places("عنوان\nالرياض - عاد المذيع إلى الخبر الذي نشرته الصحيفة أمس.").some((p) => p.startsWith("الخبر"))).toBe(false);
    expect(places("عنوان\nالرياض - علق الوزير على الخبر.").some((p) => p.startsWith("الخبر"))).toBe(false);
  });

  it("ends an English name before a word in lower case after a verb of flying", () => {
    expect(places("Navy chief to tour the south\nCOLOMBO — The admiral will fly to Galle on Monday to inspect the fleet.")).toContain("Galle|LK");
    expect(places("Minister tours the coast\nThe minister was flying to Galle with two aides.")).toContain("Galle|LK");
  });

  it("reads no English homonym with no journey before it", () => {
    expect(places("Harbour works go on\nThe harbour board met in Colombo. Galle officials were not present.").some((p) => p.startsWith("Galle"))).toBe(false);
  });
});
