import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const people = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons;
const stateOf = (text: string, name: string) => people(text).find((p) => p.name === name)?.country;

describe("an official listed right after an envoy", () => {
  it("serves the state the envoy is posted to when he is no diplomat", () => {
    const text =
      "تعاون صحي\n\nأكرا - افتتح وزير الصحة الكويتي الدكتور خالد سعد العتيبي أمس مركزا طبيا في مدينة تمالي.\n\nوحضر الافتتاح سفير دولة الكويت لدى جمهورية غانا فهد ناصر المطيري، ورئيس بلدية المدينة كوامي أسانتي.";
    expect(stateOf(text, "كوامي أسانتي")).toBe("GH");
    expect(stateOf(text, "فهد ناصر المطيري")).toBe("KW");
  });

  it("serves the envoy's state when he works in the embassy", () => {
    const text =
      "تعاون صحي\n\nأكرا - افتتح وزير الصحة الكويتي الدكتور خالد سعد العتيبي أمس مركزا طبيا في مدينة تمالي.\n\nوحضر الافتتاح سفير دولة الكويت لدى جمهورية غانا فهد ناصر المطيري، والمستشار الثاني بالسفارة بدر علي الهاجري.";
    expect(stateOf(text, "بدر علي الهاجري")).toBe("KW");
  });
});
