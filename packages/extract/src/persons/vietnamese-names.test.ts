import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const persons = (body: string) => extractArticle({ text: "زيارة بحرية\n\n" + body }).persons;

describe("a Vietnamese name with the middle name Văn or Thị", () => {
  it("keeps a given name that looks like a word with a pronoun, and the office after it", () => {
    const p = persons("استقبل قائد البحرية اليوم العقيد البحري فو فان مينه، قائد الفرقاطة الفيتنامية، في القاعدة.").find((x) => x.name === "فو فان مينه");
    expect(p?.role).toBe("قائد الفرقاطة الفيتنامية");
  });

  it("keeps a given name that reads as a particle", () => {
    expect(persons("وحضر اللقاء سعادة تران ثي لان، سفيرة فيتنام لدى الكويت.").map((x) => x.name)).toContain("تران ثي لان");
  });

  it("does not run on after an Arabic given name and فان printed for فإن", () => {
    expect(persons("وبحسب الوزير سالم فان هناك تعاونا كبيرا.").map((x) => x.name)).not.toContain("سالم فان هناك");
  });
});
