import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" });
const roleOf = (text: string, name: string) => read(text).persons.find((p) => p.name === name)?.role;

describe("the body a diplomat is accredited to after لدى", () => {
  it("stays in the role as a noun in construct with a named body, with the city it sits in", () => {
    const text = "وقال السفير سامي نبيل العمري، المندوب الدائم لتونس لدى مكتب الأمم المتحدة بجنيف، في كلمته إن المؤتمر متعثر.";
    expect(roleOf(text, "سامي نبيل العمري")).toBe("المندوب الدائم لتونس لدى مكتب الأمم المتحدة بجنيف");
  });

  it("and a woman's office keeps it the same way", () => {
    const text = "وقالت السفيرة نادية سالم الحربي، الممثلة الدائمة للأردن لدى مكتب الأمم المتحدة بفيينا، إن الاجتماع بحث الملف.";
    expect(roleOf(text, "نادية سالم الحربي")).toBe("الممثلة الدائمة للأردن لدى مكتب الأمم المتحدة بفيينا");
  });

  it("the office of the body in a city is a body of the story, the body itself part of a title", () => {
    const office = "وقال السفير سامي نبيل العمري، المندوب الدائم لتونس لدى مكتب الأمم المتحدة بجنيف، في كلمته إن المؤتمر متعثر.";
    expect(read(office).organizations.map((o) => o.name)).toContain("الأمم المتحدة");
    const body = "وقال السفير سامي نبيل العمري، المندوب الدائم لتونس لدى الأمم المتحدة، في كلمته إن المؤتمر متعثر.";
    expect(read(body).organizations.map((o) => o.name)).not.toContain("الأمم المتحدة");
  });
});
