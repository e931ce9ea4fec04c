import { describe, expect, it } from "vitest";
import { knownOutlet } from "./outlets";

describe("a paper listed as صحيفة X is known as جريدة X, and back", () => {
  it("finds the row by the other kind word before the same name", () => {
    expect(knownOutlet("جريدة الشرق الأوسط")).toBe(knownOutlet("صحيفة الشرق الأوسط"));
    expect(knownOutlet("جريدة الشرق الأوسط")).toBeDefined();
    expect(knownOutlet("صحيفة الوفد")).toBe(knownOutlet("جريدة الوفد"));
    expect(knownOutlet("صحيفة الوفد")).toBeDefined();
  });

  it("never by the bare name, which may be a place or a region", () => {
    expect(knownOutlet("الرياض")).toBeUndefined();
    expect(knownOutlet("الشرق الأوسط")).toBeUndefined();
  });
});
