import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const persons = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons;

describe("names with no rank or role", () => {
  it("reads an English name before a verb of saying or doing, or after a meeting verb", () => {
    const p = persons(
      "Defense chiefs meet in Moscow",
      "MOSCOW (TASS) - Sergei Vantorin met Hakan Ozdemir in Moscow on Monday to discuss border security. Hakan Ozdemir said the talks were useful, and Vantorin added that both sides would meet again.",
    );
    expect(p.map((x) => x.name).sort()).toEqual(["Hakan Ozdemir", "Sergei Vantorin"]);
    const sergei = p.find((x) => x.name === "Sergei Vantorin")!;
    expect(sergei.mentions.map((m) => m.surface)).toEqual(["Sergei Vantorin", "Vantorin"]);
  });

  it("reads no person from a body, an outlet, a place or a date before the verb", () => {
    const p = persons("Talks in Ankara", "The Defense Ministry said on Monday that the talks went well. Sky News reported that Black Sea Fleet ships returned, and Middle East Eye said Tuesday March talks would follow.");
    expect(p).toEqual([]);
  });

  it("reads an Arabic name after a verb of saying, up to the first word no name has", () => {
    const p = persons("وزير يزور روما", "وقال محمد سالم إن التعاون مهم بين البلدين في كل المجالات. وأكد خالد عمر منصور أهمية التدريب المشترك، وأضاف سالم أن الوفد سيعود غدا.");
    expect(p.map((x) => x.name).sort()).toEqual(["خالد عمر منصور", "محمد سالم"]);
    expect(p.find((x) => x.name === "محمد سالم")!.mentions.map((m) => m.surface)).toEqual(["محمد سالم", "سالم"]);
  });

  it("needs a known given name first in Arabic, so a verb and a noun make no person", () => {
    expect(persons("وزير يزور روما", "وأكد البيان الختامي أهمية التعاون. وقالت مصادر مطلعة إن الوفد سيعود غدا.")).toEqual([]);
  });
});
