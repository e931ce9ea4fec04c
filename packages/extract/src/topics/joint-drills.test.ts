import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("a drill called joint tells military cooperation", () => {
  it("reads an Arabic drill with its adjective a word or two after it", () => {
    expect(topics("انطلقت أمس فعاليات التمرين الجوي المشترك فوق الصحراء الغربية.")).toContain("military-cooperation");
  });

  it("reads an English drill with the adjective before it", () => {
    expect(topics("Sailors from the two navies began a joint rescue drill off the cape on Friday.")).toContain("military-cooperation");
  });

  it("leaves a drill of one army alone", () => {
    expect(topics("Soldiers of the northern brigade began a rescue drill off the cape on Friday.")).not.toContain("military-cooperation");
  });

  it("takes no cooperation from a minister's visit to his own troops", () => {
    const text = "زار وزير الدفاع المصري الفريق أول سامح عبد الغني، أمس الأحد، مقر قيادة الجيش الثالث الميداني في السويس، والتقى قادة القوات المسلحة هناك.";
    expect(topics(text)).not.toContain("military-cooperation");
  });
});
