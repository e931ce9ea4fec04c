import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-05-20" }).events;

describe("a host receiving visitors where they went", () => {
  it("is part of their visit, not a reception or talks of their own ('زار … حيث استقبلهم')", () => {
    const events = read(
      "سفينة حربية تونسية في ميناء فاليتا",
      "فاليتا في 19 مايو / وكالة / رست الفرقاطة التونسية حنبعل اليوم في ميناء فاليتا في زيارة رسمية تستمر ثلاثة أيام، وكان في استقبالها قائد البحرية المالطية العقيد جوزيف كاميليري.",
      "وفي وقت لاحق من اليوم، زار وفد من ضباط الفرقاطة مقر وزارة الداخلية في فاليتا، حيث استقبلهم كارمن بورغ، الأمين الدائم للوزارة.",
    );
    const later = events.filter((e) => e.participants.includes("كارمن بورغ"));
    expect(later.map((e) => e.type)).toEqual(["visit"]);
    expect(later[0]!.location).toBe("مقر وزارة الداخلية");
  });

  it("still reads a later reception with no visit before the welcome ('كما استقبل …')", () => {
    const events = read(
      "البلدان يبحثان التعاون البحري",
      "عقد قائد البحرية الليبية اللواء سالم الفيتوري اليوم الثلاثاء في طرابلس مباحثات مع قائد البحرية المالطية العقيد جوزيف كاميليري تناولت أمن الملاحة.",
      "كما استقبل وزير الدفاع الليبي عمر الشريف الوفد المالطي، حيث جرى بحث سبل التدريب المشترك.",
    );
    expect(events.filter((e) => e.participants.includes("عمر الشريف")).map((e) => e.type)).toEqual(["reception"]);
  });
});

describe("an agreement of an earlier year told after an occasion", () => {
  it("is background, even when the sentence names nobody to carry its parties ('يذكر أن … عام 2019')", () => {
    const events = read(
      "وزير الدفاع الغاني في أبوجا",
      "أبوجا - 20 مايو 2026 - استقبل وزير الدفاع النيجيري اللواء إبراهيم موسى اليوم الأربعاء في أبوجا نظيره الغاني كوفي أمبونسا، وبحث الجانبان أمن خليج غينيا.",
      "يذكر أن نيجيريا وغانا وقعتا اتفاقا للتعاون في مجال الدفاع عام 2019.",
    );
    expect(events.filter((e) => e.type === "agreement")).toEqual([]);
  });
});
