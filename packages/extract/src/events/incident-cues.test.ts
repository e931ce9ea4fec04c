import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("exercises and incidents told by words the cue lists lacked", () => {
  it("reads an exercise told in the accusative ('تمرينا مشتركا')", () => {
    const x = read("تمرين بحري", "", "القاهرة - نفذت القوات البحرية المصرية والسعودية أمس تمرينا مشتركا في البحر الأحمر لرفع الجاهزية.");
    expect(others(x).map((e) => e.location)).toEqual(["البحر الأحمر"]);
  });

  it("reads a joint training ('تدريبا مشتركا') as an exercise, not a field of cooperation ('التدريب المشترك')", () => {
    const x = read("تدريب", "", "أجرى خفر السواحل في البلدين أمس تدريبا مشتركا على الإنقاذ قبالة جزيرة كريت.");
    expect(others(x)).toHaveLength(1);
    const y = read("لقاء", "", "التقى الفريق سامر الخطيب اليوم في عمان اللواء ماركو فيراري، وبحثا التعاون في مجالات التدريب المشترك.");
    expect(others(y)).toHaveLength(0);
  });

  it("reads an attack told by its verb ('هاجم مسلحون') where it happened", () => {
    const x = read("هجوم", "", "نيامي - هاجم مسلحون أمس بلدة تيلا غرب النيجر وقتلوا جنديين.");
    expect(others(x).map((e) => e.location)).toEqual(["تيلا"]);
  });

  it("reads a detention and a blast in English", () => {
    expect(others(read("Border", "", "VILNIUS - Border guards detained 12 migrants near Druskininkai on Monday."))).toHaveLength(1);
    expect(others(read("Border", "", "BANGKOK - A roadside blast near Yala wounded three soldiers on Monday."))).toHaveLength(1);
  });
});

describe("an indefinite site noun owned through لـ", () => {
  it("is no named place: the town is where the attack happened", () => {
    const x = read("هجوم", "", "نيامي - هاجم مسلحون أمس مركزا للدرك في بلدة تيلا غرب النيجر.");
    expect(x.locations.map((l) => l.name)).not.toContain("مركزا للدرك");
    expect(others(x)[0]?.location).toBe("تيلا");
  });
});

describe("an earlier happening weeks before the occasion", () => {
  it("stands apart from the agreement, without its signatories, dated two weeks before it", () => {
    const x = read(
      "اتفاق أمني",
      "",
      "أكرا - وقع وزير الدفاع الغاني كوفي مينسا ونظيره التوغولي ياو داكو اليوم الاثنين في أكرا اتفاقا أمنيا.",
      "وجاء الاتفاق بعد أسبوعين من هجوم شنه مسلحون على مركز للشرطة في بلدة دابونغ شمال توغو.",
    );
    const attack = others(x)[0];
    expect(attack?.participants).toEqual([]);
    expect(attack?.date).toBe("2026-02-16");
    expect(attack?.location).toBe("دابونغ");
  });

  it("reads 'weeks after' in English the same way", () => {
    const x = read("Pact", "", "ACCRA - Ghana's Defence Minister Kofi Mensah and Togo's Defence Minister Yao Dako signed a security pact in Accra on Monday, two weeks after an attack on a police post near Dapaong.");
    const attack = others(x)[0];
    expect(attack?.participants).toEqual([]);
    expect(attack?.date).toBe("2026-02-16");
  });
});
