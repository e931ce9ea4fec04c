import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2028-04-03" });

describe("a team named again by its noun as the subject of a visit", () => {
  it("is there in the person of its head, named before by his role", () => {
    const x = read(
      "إغاثة",
      "نيامي - وزعت هيئة الإغاثة الخليجية أمس ألفي حقيبة إيوائية على الأسر المتضررة من السيول في مدينة تاهوا، وأشرف على التوزيع رئيس فريق الهيئة الميداني، المهندس سالم بن عيد الحربي.",
      "كما زار الفريق مخيم تشادي للنازحين، حيث رافقته مديرة المخيم، السيدة فاطمة إيسوفو، واطلع على احتياجات الأسر.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.participants).toContain("سالم بن عيد الحربي");
  });

  it("is not the rank الفريق before a name", () => {
    const x = read(
      "زيارة",
      "الرياض - استقبل رئيس فريق المتابعة المهندس ماجد سعد العتيبي أمس وفدا من الهيئة.",
      "وزار الفريق ناصر علي القحطاني قائد القوات البرية قاعدة الملك خالد.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.participants ?? []).not.toContain("ماجد سعد العتيبي");
  });
});
