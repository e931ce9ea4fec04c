import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-10" });

describe("a meeting the sentence's signing closed", () => {
  it("is the signing's occasion: one agreement with the people who met", () => {
    const x = read(
      "بروتوكول حدودي",
      "",
      "الدوحة - عقد وزير الداخلية الكيني، جوزيف موانغي، أمس الثلاثاء لقاء مع نظيره التنزاني، سالم مكوا، وقع الجانبان في ختامه مذكرة تفاهم لتبادل المعلومات.",
      "وقال مسؤول إن الأجواء كانت إيجابية.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
    expect(x.events[0]?.participants).toEqual(["جوزيف موانغي", "سالم مكوا"]);
  });

  it("in English with 'at the end of which'", () => {
    const x = read(
      "Border pact",
      "",
      "NAIROBI - Kenya's interior minister Joseph Mwangi held talks with Tanzania's home affairs minister Salim Mkwawa on Tuesday, at the end of which they signed a memorandum of understanding on border patrols.",
      "Officials said the talks were cordial.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });

  it("keeps a meeting apart when the signing is not placed at its close", () => {
    const x = read(
      "بروتوكول حدودي",
      "",
      "الدوحة - عقد وزير الداخلية الكيني، جوزيف موانغي، أمس الثلاثاء لقاء مع نظيره التنزاني، سالم مكوا، ووقع الجانبان اليوم مذكرة تفاهم لتبادل المعلومات.",
    );
    expect(x.events.map((e) => e.type).sort()).toEqual(["agreement", "meeting"]);
  });
});
