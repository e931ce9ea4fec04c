import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("an office whose body's first noun opens with و", () => {
  it("reads 'قائد وحدة مكافحة الإرهاب' after a name as the role, not as part of the name", () => {
    const x = extractArticle({ text: "اجتماع أمني\n\nالرباط (ا ف ب) - وشارك في الاجتماع العقيد سليمان كوناتي قائد وحدة مكافحة الإرهاب في الجيش الغيني." });
    const p = x.persons.find((q) => q.name === "سليمان كوناتي");
    expect(p?.role).toBe("قائد وحدة مكافحة الإرهاب في الجيش الغيني");
  });

  it("reads the same office before the name", () => {
    const x = extractArticle({ text: "اجتماع أمني\n\nالرباط (ا ف ب) - وقالت رئيسة وحدة مكافحة التهريب فاطمة سيسي إن الدوريات ستتضاعف." });
    expect(x.persons.find((q) => q.name === "فاطمة سيسي")?.role).toBe("رئيسة وحدة مكافحة التهريب");
  });
});
