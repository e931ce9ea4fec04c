import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-12" });

describe("a body's announcement that is the whole news", () => {
  it("makes a statement event with no one named, dated by the lead", () => {
    const x = read(
      "البطالة في البلاد تنخفض إلى 7 % في الربع الأول",
      "أعلن المكتب الوطني للإحصاء اليوم أن معدل البطالة انخفض إلى 7 في المائة خلال الربع الأول من العام.",
      "وأوضح المكتب أن قطاع البناء وفر أكبر عدد من الوظائف الجديدة.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["statement"]);
    expect(x.events[0]!.participants).toEqual([]);
    expect(x.events[0]!.date).toBe("2026-05-12");
  });

  it("gives no statement beside an occasion the article tells", () => {
    const x = read("وزير يستقبل سفيرا", "أعلنت وزارة الدفاع أن الوزير كمال ناصر الهادي استقبل اليوم في مكتبه سفير اليونان نيكوس ماركو.");
    expect(x.events.map((e) => e.type)).not.toContain("statement");
  });
});

describe("a shipwreck and a medal are happenings", () => {
  it("reads a boat sunk two days before a meeting as an earlier event, its parties those of its own clause", () => {
    const x = read(
      "تونس ومالطا تبحثان الإنقاذ البحري",
      "عقد قائد البحرية التونسية العميد سامي فرحات الجندوبي وقائد البحرية المالطية العقيد بيتر كاميليري اجتماعا اليوم في تونس لبحث الإنقاذ البحري.",
      "وجاء الاجتماع بعد يومين من غرق قارب صيد قبالة مدينة صفاقس التونسية، وكان يقل صيادين متجها إلى إيطاليا.",
    );
    const wreck = x.events.find((e) => e.type === "other");
    expect(wreck).toBeDefined();
    expect(wreck!.date).toBe("2026-05-10");
    expect(wreck!.countries).toEqual(["TN"]);
  });

  it("reads a ship that sank as an event in English", () => {
    const x = read("Ferry lost off the coast", "A passenger ferry capsized off the coast of Mindanao on Sunday, and rescuers pulled 60 people from the water.");
    expect(x.events.map((e) => e.type)).toEqual(["other"]);
  });

  it("reads a medal won at a championship as the sport story's event", () => {
    const x = read(
      "عداء مغربي يحرز ذهبية في بطولة أفريقيا",
      "أحرز العداء المغربي يوسف عمر البقالي الميدالية الذهبية في سباق 1500 متر ضمن بطولة أفريقيا لألعاب القوى في نيروبي أمس.",
    );
    const won = x.events.filter((e) => e.type === "other");
    expect(won).toHaveLength(1);
    expect(won[0]!.date).toBe("2026-05-11");
  });
});

describe("a cooperation programme signed", () => {
  it("is an agreement told after the talks in a sentence of its own", () => {
    const x = read(
      "وزيرا دفاع يبحثان التعاون",
      "بحث وزير الدفاع الأردني خالد سليم العبادي مع نظيره اليوناني ديميتريس باباس، اليوم في عمان، التعاون العسكري بين البلدين.",
      "ووقع الجانبان في ختام المحادثات برنامج التعاون العسكري للعام المقبل.",
    );
    expect(x.events.map((e) => e.type).sort()).toEqual(["agreement", "meeting"]);
  });
});

describe("a cooperation plan signed", () => {
  it("is an agreement in English and in Arabic", () => {
    const en = read("Defence plan", "Nairobi, 12 August 2027 (KNA) - Kenya and Tanzania on Thursday signed a bilateral military cooperation plan for 2028, which provides for joint exercises.");
    expect(en.events.map((e) => [e.type, e.date])).toEqual([["agreement", "2027-08-12"]]);
    const ar = read("خطة تعاون", "نيروبي 12 أغسطس 2027 (كنا) - وقع وزير الدفاع الكيني أحمد علي ونظيره التنزاني جمعة سالم اليوم خطة التعاون العسكري للعام 2028 في نيروبي.");
    expect(ar.events.map((e) => [e.type, e.location])).toEqual([["agreement", "نيروبي"]]);
  });
});
