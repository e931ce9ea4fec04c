import { extractionSchema } from "@marsad/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "./index";

/**
 * extractArticle is total: whatever text comes in — random Unicode, HTML, mixed scripts, bidi
 * controls, digits or punctuation only, a megabyte on one line — it returns a schema-valid
 * extraction, and in time that grows linearly with the input.
 */

const valid = (text: string) => {
  const out = extractArticle({ text, fileName: "x.txt" });
  extractionSchema.parse(out);
  return out;
};

const arabicWords = ["الفريق", "صدام", "حفتر", "وزير", "الدفاع", "المصري", "القاهرة", "استقبل", "زيارة", "إلى", "في", "،", ".", "\n", "اللواء", "رئيس", "أركان", "التقى", "مع", "بحث", "الأحد", "١٣", "فبراير", "2026", "كتب", "المصدر:", "/"];
const englishWords = ["Gen.", "Maj.", "Minister", "Defense", "met", "with", "in", "Cairo", "Ankara", "on", "Monday", "By", "(AA)", "-", "said", "the", "of", "Chief", "Staff", ".", "\n"];
const htmlBits = ["<p>", "</p>", "<div class='x'>", "</div>", "<script>", "</script>", "<br/>", "&amp;", "<a href=\"#\">", "</a>", "<"];
const bidi = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069", "\ufeff", "\u200b"];

const mix = (parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 400 }).map((a) => a.join(" "));

describe("extractArticle never throws", () => {
  // The gazetteer and the tagger's model are built on first use; that one-time cost is not what
  // these properties are about.
  beforeAll(() => void valid("استقبل الفريق أحمد سالم في القاهرة Gen. Omar Saleh in Ankara."), 60_000);

  it("random Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), (t) => void valid(t)), { numRuns: 150 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (t) => void valid(t)), { numRuns: 150 });
  }, 30_000);

  it("news-like word salad in Arabic, English, HTML and bidi controls", () => {
    fc.assert(fc.property(mix([...arabicWords, ...englishWords, ...htmlBits, ...bidi]), (t) => void valid(t)), { numRuns: 200 });
  });

  it("only digits, only punctuation, empty", () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9٠-٩ ./-]{0,500}$/), (t) => void valid(t)), { numRuns: 100 });
    fc.assert(fc.property(fc.stringMatching(/^[!-/:-@[-`{-~،؛؟«»“”\s]{0,500}$/), (t) => void valid(t)), { numRuns: 100 });
    expect(valid("").persons).toEqual([]);
  });

  it("tolerates inputs that are not strings", () => {
    const out = extractArticle({ text: undefined as unknown as string });
    expect(extractionSchema.parse(out).cleanedText).toBe("");
  });

  it("reads a megabyte in linear time", () => {
    const unit = "استقبل الفريق أول أحمد سالم، رئيس أركان القوات المسلحة، في القاهرة اليوم نظيره اللواء خالد عمر. ";
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      valid(text);
      return performance.now() - t0;
    };
    time(200);
    const small = time(1000);
    const big = time(10_000); // ~1 MB
    // Ten times the text may not cost much more than ten times the time (plus slack for GC).
    expect(big).toBeLessThan(small * 25 + 500);
  }, 120_000);

  it("one megabyte-long line of one character, and of HTML", () => {
    valid("ا".repeat(1_000_000));
    valid("<".repeat(200_000) + "<script>" + "x".repeat(100_000));
    valid("(".repeat(100_000) + "الفريق/ ".repeat(10_000));
  }, 120_000);
});
