import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => [p.name, p.country]);

describe("a family name in ب or ك closing a ranked name", () => {
  it("stays in the name before the next ranked person of a list, or a comma", () => {
    const persons = read("وقضت محكمة في نجامينا التشادية بسجن الرائد آدم موسى بكاري والنقيب حسن علي كوري، بعد إدانتهما بتهريب الوقود.");
    expect(persons).toContainEqual(["آدم موسى بكاري", "TD"]);
    expect(persons).toContainEqual(["حسن علي كوري", "TD"]);
  });

  it("still ends a name before a preposition that takes its noun", () => {
    const names = read("وقال العقيد سامي فرج باسم القيادة إن الوضع هادئ.").map((p) => p[0]);
    expect(names).toContain("سامي فرج");
  });
});
