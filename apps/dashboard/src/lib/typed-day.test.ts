import { describe, expect, it } from "vitest";
import { parseTypedDay } from "./typed-day";

describe("parseTypedDay", () => {
  it("reads an ISO day, with Arabic-Indic or Persian digits too", () => {
    expect(parseTypedDay("2026-02-05")).toBe("2026-02-05");
    expect(parseTypedDay("٢٠٢٦-٠٢-٠٥")).toBe("2026-02-05");
    expect(parseTypedDay("۲۰۲۶-۰۲-۰۵")).toBe("2026-02-05");
  });

  it("accepts slashes, dots and one-digit months and days, year first", () => {
    expect(parseTypedDay(" 2026/2/5 ")).toBe("2026-02-05");
    expect(parseTypedDay("2026.12.31")).toBe("2026-12-31");
  });

  it("treats an empty field as no date", () => {
    expect(parseTypedDay("   ")).toBe("");
  });

  it("refuses days that do not exist and other orders", () => {
    expect(parseTypedDay("2026-02-30")).toBeNull();
    expect(parseTypedDay("2025-02-29")).toBeNull();
    expect(parseTypedDay("05/02/2026")).toBeNull();
    expect(parseTypedDay("2026-02")).toBeNull();
    expect(parseTypedDay("yesterday")).toBeNull();
  });
});
