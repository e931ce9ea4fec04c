import { describe, expect, it } from "vitest";
import { articleLabel, readableUrl } from "./article-label";

describe("articleLabel", () => {
  it("prefers the title, then the first words of the text", () => {
    expect(articleLabel({ title: "عنوان", preview: "نص", url: "https://a.example/x" })).toBe("عنوان");
    expect(articleLabel({ title: null, preview: "  نص المقال  ", url: "https://a.example/x" })).toBe("نص المقال");
  });

  it("names a link with no text by its decoded URL", () => {
    expect(articleLabel({ title: null, preview: null, url: "https://news.example/%D8%AE%D8%A8%D8%B1" })).toBe("https://news.example/خبر");
    expect(articleLabel({ title: null, preview: "", url: null })).toBeNull();
  });

  it("leaves a malformed escape as it was", () => {
    expect(readableUrl("https://news.example/%E0%A4%A")).toBe("https://news.example/%E0%A4%A");
  });
});
