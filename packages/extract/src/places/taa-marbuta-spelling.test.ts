import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isHaForTaaMarbuta, writesTaaMarbuta } from "./taa-marbuta-spelling";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a town's ة printed as ه", () => {
  it("reads a noun with its pronoun, not the town, in an article that writes ة", () => {
    const text = "أعلنت إدارة الحديقة العامة أنها ستفتح أبوابها في الصباح الباكر لاستقبال زواره القادمين من المدينة القديمة خلال العطلة الصيفية.";
    expect(placesOf(text)).not.toContain("زوارة");
  });

  it("still reads the town printed with its ة", () => {
    expect(placesOf("وصلت القافلة إلى مدينة زوارة الساحلية بعد رحلة طويلة عبر الطريق الساحلية.")).toContain("زوارة");
  });

  it("leaves an article that writes ه for every ة as it was", () => {
    expect(writesTaaMarbuta("زار الوزير القاهره امس وعاد الى بلاده")).toBe(false);
    expect(isHaForTaaMarbuta("زوارة", "زواره", false)).toBe(false);
    expect(isHaForTaaMarbuta("زوارة", "زواره", true)).toBe(true);
  });
});
