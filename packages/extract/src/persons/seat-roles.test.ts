import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text: "خبر\n\n" + text }).persons.find((p) => p.name === name);

describe("a lawmaker who sits for a party or an area", () => {
  it("keeps the party named after عن, and its adjective, in the role", () => {
    const text = "ورأت النائبة عن حزب الشعب المعارض نادية كمال سليم أن الحكومة أخطأت، في جلسة البرلمان في أنقرة.";
    expect(person(text, "نادية كمال سليم")?.role).toBe("النائبة عن حزب الشعب المعارض");
  });

  it("still lists the party as an organization of the story", () => {
    const text = "وكان رئيس لجنة الدفاع في البرلمان التركي أحمد كمال أوزتورك، النائب عن حزب الحركة الوطنية، قد انتقد الخطة.";
    expect(extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name)).toContain("حزب الحركة الوطنية");
  });

  it("keeps the area named after عن in the role", () => {
    const text = "وقال النائب عن محافظة البصرة كريم جاسم حمود إن المشروع تأخر.";
    expect(person(text, "كريم جاسم حمود")).toMatchObject({ role: "النائب عن محافظة البصرة", country: "IQ" });
  });
});
