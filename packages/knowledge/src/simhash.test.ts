import { describe, expect, it } from "vitest";
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from "./simhash";

const wire =
  "استقبل رئيس أركان الجيش اليوم في العاصمة وفدا عسكريا رفيع المستوى برئاسة قائد القوات البحرية، وبحث الجانبان سبل تعزيز التعاون في مجالات التدريب وتبادل الخبرات وتأمين الحدود البحرية بين البلدين، كما تناول اللقاء الترتيبات الخاصة بالتمرين المشترك المقرر تنفيذه خلال الأشهر المقبلة بمشاركة وحدات من القوات الجوية والبرية.";

describe("simhash", () => {
  it("keeps rewrites of one wire close", () => {
    const rewrite = `${wire.replace("اليوم", "الأحد")} المصدر: وكالة الأنباء.`;
    expect(hammingDistance(simhash(wire), simhash(rewrite))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
  });

  it("keeps different articles far apart", () => {
    const other =
      "The finance ministry reported that inflation fell in the last quarter as fuel prices eased and the central bank kept interest rates unchanged for the third time this year.";
    expect(hammingDistance(simhash(wire), simhash(other))).toBeGreaterThan(NEAR_DUPLICATE_BITS);
  });

  it("fits a signed 64-bit column", () => {
    const h = simhash(wire);
    expect(h).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(h).toBeLessThan(2n ** 63n);
  });
});
