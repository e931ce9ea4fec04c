import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

describe("a newspaper byline 'CITY: NAME' on its own line", () => {
  const x = extractArticle({ text: "الجيش يتسلم زوارق جديدة\n\nالرباط: سلمى بنعلي\n\nتسلمت البحرية الملكية أمس ثلاثة زوارق دورية جديدة.\n" });

  it("names the writer, and the line is no source and no person of the story", () => {
    expect(x.author).toBe("سلمى بنعلي");
    expect(x.source).toBeNull();
    expect(x.persons.map((p) => p.name)).not.toContain("سلمى بنعلي");
  });
});
