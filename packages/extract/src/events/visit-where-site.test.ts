import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-06-16" });

describe("a visit's place named in its clause of 'where'", () => {
  it("places a visit to a town at the camp it goes on to say was inspected there", () => {
    const x = read(
      "وفد عسكري نيجري يزور شرق مالي",
      "باماكو، 16 يونيو 2027 – بحث وزير الدفاع المالي اليوم الأربعاء مع وفد عسكري نيجري تأمين الحدود.",
      "وكان رئيس الأركان النيجري، الفريق موسى سالاو، قد زار أمس الثلاثاء مدينة ميناكا، حيث تفقد مخيم انديليمان للنازحين واستمع إلى عرض عن أوضاعهم.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("مخيم انديليمان");
  });

  it("keeps the town when the clause of 'where' names no more specific place", () => {
    const x = read(
      "وفد عسكري نيجري يزور شرق مالي",
      "باماكو، 16 يونيو 2027 – بحث وزير الدفاع المالي اليوم الأربعاء مع وفد عسكري نيجري تأمين الحدود.",
      "وكان رئيس الأركان النيجري، الفريق موسى سالاو، قد زار أمس الثلاثاء مدينة ميناكا، حيث استمع إلى عرض عن أوضاع النازحين.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("ميناكا");
  });

  it("keeps the town when the clause of 'where' names a body's seat", () => {
    const x = read(
      "وفد عسكري نيجري يزور شرق مالي",
      "باماكو، 16 يونيو 2027 – بحث وزير الدفاع المالي اليوم الأربعاء مع وفد عسكري نيجري تأمين الحدود.",
      "وكان رئيس الأركان النيجري، الفريق موسى سالاو، قد وصل أمس الثلاثاء إلى مدينة ميناكا، حيث زار مقر قيادة المنطقة العسكرية واطلع على إجراءات تأمين المدينة.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("ميناكا");
  });
});
