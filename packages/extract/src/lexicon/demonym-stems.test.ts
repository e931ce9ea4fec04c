import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("demonyms not built on the state's Arabic name", () => {
  it("reads الملغاشية as Madagascar's", () => {
    const x = extractArticle({ text: "خبر\n\nكما استقبلت وزيرة القوات المسلحة الملغاشية، الجنرال سارا راكوتو، قائد القوات البحرية في مكتبها." });
    expect(x.persons.find((p) => p.name === "سارا راكوتو")?.country).toBe("MG");
  });
});
