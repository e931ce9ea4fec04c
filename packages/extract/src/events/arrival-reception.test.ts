import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("a guest received on arrival", () => {
  const received = "الدوحة - استقبل وزير الدفاع القطري اللواء سالم بن حمد المري اليوم الثلاثاء نظيره الكويتي الشيخ فهد بن ناصر الصباح لدى وصوله إلى قاعدة العديد الجوية في زيارة رسمية.";

  it("makes a reception of the host and the guest, and the talks after it a meeting of both", () => {
    const x = events("وزيرا الدفاع يبحثان التعاون", received, "وعقد الوزيران عقب الاستقبال اجتماعا في الدوحة، بحثا خلاله تعزيز التعاون العسكري بين البلدين.");
    expect(x).toContain("reception: سالم بن حمد المري + فهد بن ناصر الصباح");
    expect(x).toContain("meeting: سالم بن حمد المري + فهد بن ناصر الصباح");
  });

  it("beside the talks told in the same sentence", () => {
    const x = events("وزيرا الدفاع يبحثان التعاون", "الدوحة - استقبل وزير الدفاع القطري اللواء سالم بن حمد المري اليوم الثلاثاء نظيره الكويتي الشيخ فهد بن ناصر الصباح لدى وصوله إلى الدوحة، وبحث معه تعزيز التعاون العسكري.");
    expect(x).toContain("reception: سالم بن حمد المري + فهد بن ناصر الصباح");
    expect(x).toContain("meeting: سالم بن حمد المري + فهد بن ناصر الصباح");
  });

  it("not when the welcome is told as who awaited him ('وكان في استقباله لدى وصوله')", () => {
    const x = events("وزير الدفاع الكويتي يزور قطر", "الدوحة - وصل وزير الدفاع الكويتي الشيخ فهد بن ناصر الصباح اليوم الثلاثاء إلى الدوحة في زيارة رسمية.", "وكان في استقباله لدى وصوله إلى قاعدة العديد الجوية رئيس الأركان القطري اللواء سالم بن حمد المري.");
    expect(x.some((e) => e.startsWith("reception"))).toBe(false);
  });
});
