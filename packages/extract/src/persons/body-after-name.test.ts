import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons;

describe("the body a listed person is said to be from names his state", () => {
  it("gives an officer listed after an attache the state of the ministry he is from", () => {
    const found = persons("مباحثات عسكرية\n\nوحضر اللقاء العميد أحمد سالم، الملحق العسكري المصري لدى اليابان، والعقيد ساتو كينجي من إدارة العلاقات الخارجية بوزارة الدفاع اليابانية.");
    expect(found.find((p) => p.name === "أحمد سالم")?.country).toBe("EG");
    expect(found.find((p) => p.name === "ساتو كينجي")?.country).toBe("JP");
  });
});
