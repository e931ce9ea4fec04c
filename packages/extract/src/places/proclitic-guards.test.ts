import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" });
const placesOf = (text: string) => read(text).locations.map((l) => l.name);

describe("a word after a town's noun takes no proclitic", () => {
  it("reads ببنين after بلدة as the village, not as Benin", () => {
    const doc = read("حملة تلقيح\n\nبيروت - وكالات\n\nبدأت فرق وزارة الصحة اللبنانية أمس حملة تلقيح من بلدة ببنين في قضاء عكار، وقال طبيب في ببنين إن الإقبال جيد.");
    expect(doc.locations.map((l) => l.name)).toContain("ببنين");
    expect(doc.locations.map((l) => l.name)).not.toContain("بنين");
    expect(doc.countries).not.toContain("BJ");
  });

  it("still reads ب as a preposition where one may stand", () => {
    expect(placesOf("زيارة\n\nالقاهرة - وكالات\n\nالتقى الوزير أمس ببعثة تجارية ثم اجتمع بالسفير في مكتبه ببنين خلال زيارة رسمية.")).toContain("بنين");
  });
});

describe("a preposition takes no second one", () => {
  it("reads the word after في whole", () => {
    expect(read("خبر\n\nبيروت - وكالات\n\nوقال رئيس البلدية في ببنين إن الطرق أعيد فتحها صباح اليوم.").countries).not.toContain("BJ");
  });
});

describe("ك before a town's bare name", () => {
  it("reads كبيرا as the adjective, not as Beira", () => {
    expect(placesOf("نهائي\n\nالرباط - وكالات\n\nشهدت المباراة النهائية تنافسا كبيرا بين الفريقين في الشوط الثاني.")).not.toContain("بيرا");
  });
});
