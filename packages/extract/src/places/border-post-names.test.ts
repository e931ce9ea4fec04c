import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("a border post named by its kind and the place it stands at", () => {
  it("reads the definite noun, its adjective and the listed place as one site", () => {
    expect(sitesOf("وعقد الوفدان اجتماعا في المعبر الحدودي رأس جدير، بحضور ممثلي الجمارك.")).toContain("المعبر الحدودي رأس جدير");
  });

  it("reads no post without a place after the adjective", () => {
    expect(sitesOf("وأعيد فتح المعبر الحدودي أمام المسافرين صباح اليوم.")).toEqual([]);
  });
});
