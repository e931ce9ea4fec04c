import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons;

describe("the nationality of the body a delegation comes from", () => {
  it("is the guests', not the host's", () => {
    const found = persons("قائد الأركان يستقبل وفدا\n\nنواكشوط - استقبل قائد الأركان العامة للجيوش الفريق سيدي محمد ولد سيداتي، أمس في نواكشوط، وفداً من الجيش السنغالي برئاسة الجنرال مامادو سال.");
    expect(found.find((p) => p.name === "سيدي محمد ولد سيداتي")?.country).toBe("MR");
  });
});
