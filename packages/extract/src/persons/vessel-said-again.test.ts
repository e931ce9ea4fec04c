import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// A sentence written for this test, not text from an article.

describe("the commander of 'the ship'", () => {
  it("serves the state the ship was named with before, not the port's, though listed with a host", () => {
    const text =
      "رست المدمرة الهندية «كافيري» صباح أمس في ميناء جيبوتي في زيارة تستمر ثلاثة أيام.\n\nوكان في استقبال السفينة قائد القوات البحرية الجيبوتية العقيد عبدي محمد فارح، وقائد السفينة النقيب راجيش كومار شارما، الذي قال إن طاقمها سيشارك في تدريبات مشتركة.";
    const persons = extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons;
    expect(persons.find((p) => p.name === "راجيش كومار شارما")?.country).toBe("IN");
  });
});
