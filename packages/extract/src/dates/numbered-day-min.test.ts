import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { findDates } from "./find";

// Sentences written for these tests.
const isoOf = (s: string) => {
  const doc = buildDoc(s, "ar");
  return findDates(doc.tokens, doc.text).map((d) => d.iso);
};

describe("a day's number before 'من' and its month", () => {
  it("reads Hijri and Gregorian days printed so", () => {
    expect(isoOf("الأحد 3 من رجب 1450 هـ")).toEqual([isoOf("الأحد 3 رجب 1450 هـ")[0]]);
    expect(isoOf("صدر القرار في 5 من يونيو 2027.")).toEqual(["2027-06-05"]);
  });

  it("reads no date from a count before 'من' and a noun", () => {
    expect(isoOf("وصل 5 من المسؤولين في مايو 2027.")).toEqual([]);
    expect(isoOf("غادر 40 من مايو 2027 حتى الآن.")).toEqual([]);
  });
});
