import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("an office noun after a name ends the name and is the person's role", () => {
  it("ends the name at المفتش and reads the inspector's office as the role", () => {
    const text = "استقبل الفريق أول كمال الورداني المفتش العام للقوات المسلحة وفدا من ضباط البحرية في مقر القيادة.";
    const p = person(text, "كمال الورداني");
    expect(p).toBeDefined();
    expect(p!.rank).toBe("الفريق أول");
    expect(p!.role).toBe("المفتش العام للقوات المسلحة");
    expect(read(text).persons.map((x) => x.name)).not.toContain("كمال الورداني المفتش");
  });

  it("ends the name at the feminine and definite forms of the class (السفيرة، المتحدثة، القنصل)", () => {
    // A diplomat's posting is part of the office (gold convention: "السفيرة المغربية في روما").
    expect(person("التقت الدكتورة سلمى الحكيمي السفيرة المغربية في روما عددا من رجال الأعمال.", "سلمى الحكيمي")?.role).toBe("السفيرة المغربية في روما");
    expect(person("وأوضحت العقيد نادية الشمري المتحدثة باسم القوات الجوية أن الطلعات انتهت.", "نادية الشمري")?.role).toMatch(/^المتحدثة باسم القوات الجوية/);
    expect(person("وحضر اللواء فهد الزعبي القنصل العام في دبي حفل الافتتاح.", "فهد الزعبي")?.role).toMatch(/^القنصل العام/);
  });
});
