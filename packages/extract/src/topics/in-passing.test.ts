import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (headline: string, ...body: string[]) => extractArticle({ text: [headline, "", ...body].join("\n") }).topics;

describe("one word of security in a story about something else is said in passing", () => {
  const race = "Thirty rowing boats left the old harbour on Sunday for the island race, watched by the mayor from a patrol boat anchored off the pier.";

  it("leaves the sea patrol out of a rowing race", () => {
    expect(topics("Rowing race returns to the old harbour after ten years", race)).toEqual(["other"]);
  });

  it("leaves training out of a heritage festival", () => {
    const festival = "وقالت رئيسة الجمعية إن برامج التدريب أعادت الحياة إلى صناعة السلال بعد أن كادت تندثر.";
    expect(topics("افتتاح معرض الحرف التقليدية بمشاركة ستين حرفيا", festival)).not.toContain("training");
  });

  it("keeps the topic when the headline speaks of security", () => {
    expect(topics("Navy watches over island rowing race", race)).toContain("maritime-security");
  });

  it("keeps the topics when the story names security more than once", () => {
    const more = "The coast guard said it had also stopped two boats for illegal fishing near the course.";
    expect(topics("Rowing race returns to the old harbour after ten years", race, more)).toContain("maritime-security");
  });

  it("does not count a word of a trade with no word of force beside it among the mentions of security", () => {
    const built = "The new quay was built by a local contractor over two years, the harbour master said.";
    expect(topics("Rowing race returns to the old harbour after ten years", race, built)).not.toContain("maritime-security");
  });
});
