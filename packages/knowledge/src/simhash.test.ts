import { createHash } from "node:crypto";
import { matchKey } from "@marsad/extract/text";
import { describe, expect, it } from "vitest";
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from "./simhash";

/** SimHash as first stored: node:crypto's MD5 of each shingle, weighed bit by bit with BigInts. */
function storedSimhash(text: string): bigint {
  const words = matchKey(text).split(" ").filter((w) => w.length > 1);
  const shingles = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
  const weights = new Array<number>(64).fill(0);
  for (const shingle of shingles) {
    const value = createHash("md5").update(shingle).digest().readBigUInt64BE(0);
    for (let bit = 0; bit < 64; bit++) weights[bit]! += (value >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let out = 0n;
  for (let bit = 0; bit < 64; bit++) if (weights[bit]! > 0) out |= 1n << BigInt(bit);
  return BigInt.asIntN(64, out);
}

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

  it("gives the fingerprints stored before, bit for bit (old and new articles are compared)", () => {
    const texts = [
      wire,
      "The finance ministry said on Sunday that the Libyan National Army and the Egyptian navy held a joint drill.",
      "عمّان — التقى وزير الدفاع 😀 نظيره في ١٢ مارس",
      "",
      "قصير",
    ];
    for (const text of texts) expect(simhash(text)).toBe(storedSimhash(text));
  });

  it("fits a signed 64-bit column", () => {
    const h = simhash(wire);
    expect(h).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(h).toBeLessThan(2n ** 63n);
  });
});
