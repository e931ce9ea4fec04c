import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (body: string) => extractArticle({ text: "لقاء\n\n" + body }).persons.map((p) => p.name);

describe("names listed after كل من", () => {
  it("reads names that open with no known given name", () => {
    expect(names("وحضر اللقاء كل من أولكسندر بونداريف وتاراس كوفالينكو.")).toEqual(expect.arrayContaining(["أولكسندر بونداريف", "تاراس كوفالينكو"]));
  });

  it("goes on past an office in apposition to the list's first name", () => {
    expect(names("وحضر اللقاء كل من أولكسندر بونداريف، الملحق العسكري الأوكراني، وتاراس كوفالينكو.")).toContain("تاراس كوفالينكو");
  });

  it("reads no person in a list of states or bodies", () => {
    expect(names("وشاركت في التمرين كل من مصر والأردن ووزارة الدفاع البحرينية.")).toEqual([]);
  });
});
