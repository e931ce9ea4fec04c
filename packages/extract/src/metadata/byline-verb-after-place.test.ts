import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n") });

describe("a byline verb after the place filed from", () => {
  it("reads 'مومباسا – كتب NAME' as the writer, not the source, whatever the given name", () => {
    const x = read(
      "وفد برلماني يتفقد الميناء",
      "مومباسا – كتب عبد الرزاق حامد أويني",
      "تفقد وفد من لجنة الأمن في البرلمان يوم الأحد منشآت الميناء الجديد، واستمع إلى شرح عن إجراءات التفتيش المتبعة فيه.",
    );
    expect(x.author).toBe("عبد الرزاق حامد أويني");
    expect(x.source).toBeNull();
  });

  it("keeps an agency after the place as the source", () => {
    const x = read("وفد برلماني يتفقد الميناء", "مومباسا – وكالات", "تفقد وفد من لجنة الأمن في البرلمان يوم الأحد منشآت الميناء الجديد، واستمع إلى شرح عن إجراءات التفتيش المتبعة فيه.");
    expect(x.author).toBeNull();
    expect(x.source).toBe("وكالات");
  });
});
