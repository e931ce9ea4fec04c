import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("talks told after a signing", () => {
  const lead = ["مذكرة تفاهم", "وقع الأردن والعراق اليوم الأحد في مركز حدود الكرامة مذكرة تفاهم لمكافحة التهريب، وقعها عن الجانب الأردني وزير الداخلية مازن الفراية، وعن الجانب العراقي وكيل وزارة الداخلية الفريق أحمد الزركاني."];

  it("held 'بحضور' a governor have the signatories, not the governor who attended", () => {
    const x = kinds(...lead, "وجاء التوقيع في ختام مباحثات موسعة بين الجانبين عقدت في المركز بحضور محافظ المفرق سلمان النجادا، تناولت تبادل المعلومات.");
    expect(x.find((e) => e.startsWith("meeting"))).toBe("meeting: مازن الفراية + أحمد الزركاني");
  });

  it("gain who briefed them ('وقدم X خلال المباحثات إيجازا')", () => {
    const x = kinds(
      ...lead,
      "وجاء التوقيع في ختام مباحثات موسعة بين الجانبين عقدت في المركز.",
      "وقدم قائد المنطقة العسكرية الشرقية، العميد الركن خالد المساعيد، خلال المباحثات إيجازا عن محاولات التهريب.",
    );
    expect(x.filter((e) => e.startsWith("meeting"))).toEqual(["meeting: مازن الفراية + أحمد الزركاني + خالد المساعيد"]);
  });
});
