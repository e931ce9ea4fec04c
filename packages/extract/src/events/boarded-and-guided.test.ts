import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-03" }).events;

describe("a vessel boarded, a site its own head showed, an executive programme signed", () => {
  it("reads 'صعد الوزيران على متن الفرقاطة، حيث استمعا من قائدها X' as a visit of the two with its captain", () => {
    const x = events(
      "وزيرا الدفاع على متن فرقاطة تونسية",
      "عمان في 3 مارس 2027 (بترا) - التقى وزير الدفاع الأردني سامر حداد ونظيره التونسي عماد الصغير اليوم في العقبة.",
      "وعقب اللقاء صعد الوزيران على متن الفرقاطة التونسية \"قرطاج\" الراسية في ميناء العقبة، حيث استمعا من قائدها العقيد البحري منير بن سالم إلى شرح عن مهامها.",
    );
    const visit = x.find((e) => e.type === "visit");
    expect(visit?.participants).toEqual(["سامر حداد", "عماد الصغير", "منير بن سالم"]);
    expect(visit?.location).toBe("ميناء العقبة");
  });

  it("keeps a price that rose ('صعد سعر النفط') no visit", () => {
    const x = events("أسعار النفط", "صعد سعر النفط اليوم في الأسواق العالمية بعد اجتماع وزراء الطاقة.");
    expect(x.map((e) => e.type)).not.toContain("visit");
  });

  it("keeps the head who showed the visitors round ('حيث قدم قائده X عرضا') in the visit", () => {
    const x = events(
      "لجنة حدودية تزور مركز الحدود",
      "وزار أعضاء اللجنة المشتركة أمس مركز الرمثا الحدودي، حيث قدم قائده، العقيد فراس العمري، إيجازا حول حركة العبور.",
    );
    expect(x.find((e) => e.type === "visit")?.participants).toContain("فراس العمري");
  });

  it("reads 'وقع … برنامجا تنفيذيا للتعاون' as an agreement", () => {
    const x = events(
      "برنامج تنفيذي بين الأردن وتونس",
      "عمان في 3 مارس 2027 (بترا) - وقع وزير الدفاع الأردني سامر حداد ونظيره التونسي عماد الصغير اليوم برنامجًا تنفيذيًا للتعاون العسكري في عمان.",
    );
    expect(x.find((e) => e.type === "agreement")?.participants).toEqual(["سامر حداد", "عماد الصغير"]);
  });
});
