import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

// Every sentence below is written for these tests, not taken from an article.

describe("the agency that files the story, printed under two of its names", () => {
  it("is the source, no organization of the story", () => {
    const x = extractArticle({
      text: "كونا - وكالة الأنباء الكويتية\nسياسة\n\nوزير الدفاع يستقبل سفير النرويج\n\nالكويت 3 مارس (كونا) - استقبل وزير الدفاع سالم فهد العتيبي اليوم الثلاثاء سفير مملكة النرويج لدى البلاد أولاف برغ، وبحثا التعاون العسكري بين البلدين.",
      fileName: "t.txt",
    });
    expect(x.organizations.map((o) => o.name)).not.toContain("وكالة الأنباء الكويتية");
  });

  it("is the source under the Qatari agency's masthead name as well", () => {
    const x = extractArticle({
      text: "الوكالة القطرية للأنباء - قنا\nمحليات\n\nافتتاح مدرسة في غزة\n\nالدوحة في 4 مارس /قنا/ افتتح صندوق قطر للتنمية اليوم مدرسة جديدة تتسع لستمئة طالب.",
      fileName: "t.txt",
    });
    expect(x.organizations.map((o) => o.name)).not.toContain("الوكالة القطرية للأنباء");
  });
});
