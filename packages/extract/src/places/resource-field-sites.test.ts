import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page. The fields are invented.

const locationsOf = (text: string) => extractArticle({ text, fileName: "t.txt" }).locations;

describe("an oil or gas field named by its yield's adjective", () => {
  it("reads حقل X النفطي as a site of the state around it", () => {
    const locs = locationsOf("هجوم\n\nبغداد - وكالات\n\nتعرض حقل سمرود النفطي جنوب البصرة أمس لهجوم بقذائف الهاون دون وقوع إصابات.");
    expect(locs.find((l) => l.name === "حقل سمرود النفطي")?.country).toBe("IQ");
  });

  it("leaves حقل as a field of work alone", () => {
    const names = locationsOf("ندوة\n\nبغداد - وكالات\n\nناقشت الندوة أمس التطورات في حقل التعليم العالي والبحث العلمي.").map((l) => l.name);
    expect(names.some((n) => n.startsWith("حقل"))).toBe(false);
  });
});
