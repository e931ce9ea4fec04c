import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (body: string, name: string) => extractArticle({ text: "مباراة ودية\n\n" + body }).persons.find((p) => p.name === name);

describe("a player's or a goalkeeper's title before a name", () => {
  it("reads a woman player with her nationality as her role and state", () => {
    const p = person("وقالت اللاعبة المغربية سناء العلوي إن الفريق مستعد للمباراة.", "سناء العلوي");
    expect([p?.role, p?.country]).toEqual(["اللاعبة المغربية", "MA"]);
  });

  it("reads a goalkeeper's title with its team", () => {
    expect(person("وتألقت حارسة مرمى المنتخب التونسي أميرة الهمامي في المباراة.", "أميرة الهمامي")?.role).toBe("حارسة مرمى المنتخب التونسي");
  });
});
