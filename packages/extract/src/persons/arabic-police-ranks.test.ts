import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("المفتش before a name is the police grade of inspector", () => {
  it("reads المفتش as the rank of the name after it, not as the role", () => {
    const p = person("وزار الوزير مركز خفر السواحل في الميناء، يرافقه قائده المفتش جوناثان بيرس، واطلع على الزوارق.", "جوناثان بيرس");
    expect(p?.rank).toBe("المفتش");
    expect(p?.role).not.toBe("المفتش");
  });

  it("keeps المفتش العام an office, not a rank", () => {
    const p = person("استقبل الفريق أول كمال الورداني المفتش العام للقوات المسلحة وفدا من ضباط البحرية في مقر القيادة.", "كمال الورداني");
    expect(p?.role).toBe("المفتش العام للقوات المسلحة");
  });
});

describe("المفتش inside an office is no rank", () => {
  it("ends the name before مساعد المفتش العام", () => {
    const text = "وحضر اللقاء العميد خالد بن راشد الهاملي مساعد المفتش العام للجمارك للعمليات.";
    const p = person(text, "خالد بن راشد الهاملي");
    expect(p?.role).toBe("مساعد المفتش العام للجمارك للعمليات");
  });
});
