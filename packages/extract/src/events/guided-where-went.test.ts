import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events;

describe("going where a host guides the travellers", () => {
  it("is a visit by the two officers the sentence names by their office in the dual construct ('توجه رئيسا الأركان إلى …، حيث قدم لهما X')", () => {
    const events = read(
      "رئيسا أركان تونس والجزائر يبحثان تأمين الحدود",
      "الكاف 10 مارس 2027 - عقد رئيس أركان الجيش التونسي، الفريق أول منير الحاج، ونظيره الجزائري، الفريق كمال بوزيد، اليوم الأربعاء بمدينة الكاف، جلسة مباحثات حول تأمين الحدود.",
      "وعقب المباحثات توجه رئيسا الأركان إلى معبر ساقية سيدي يوسف، حيث قدم لهما مدير المعبر، العقيد فتحي الزغلامي، عرضا عن حركة المسافرين.",
    );
    const visit = events.find((e) => e.type === "visit");
    expect(visit?.participants).toEqual(["منير الحاج", "كمال بوزيد", "فتحي الزغلامي"]);
    // The talks named as when they went are the talks told before: the host took no part in them.
    const meetings = events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.participants).toEqual(["منير الحاج", "كمال بوزيد"]);
  });

  it("is a visit by the two sides' heads ('قام الوفدان بزيارة …، حيث قدمت لهما X')", () => {
    const events = read(
      "لجنة مشتركة تجتمع على الحدود",
      "الكاف 10 مارس 2027 - وقع المدير العام للديوانة التونسية، سامي بالطيب، ونظيره الجزائري، رشيد عمراني، اليوم الأربعاء بالكاف، محضر الدورة الثالثة للجنة الجمركية المشتركة.",
      "وقبل التوقيع، قام الوفدان بزيارة لمخبر المراقبة، حيث قدمت لهما رئيسة المخبر، هالة السعيدي، عرضا عن أجهزته.",
    );
    expect(events.find((e) => e.type === "visit")?.participants).toEqual(["سامي بالطيب", "رشيد عمراني", "هالة السعيدي"]);
  });

  it("is no visit when going there meets no host ('قائدا للجيش' is no pair)", () => {
    const events = read(
      "تعيين في الجيش",
      "تونس 10 مارس 2027 - عين الرئيس اللواء سالم الفرشيشي قائدا للجيش البري اليوم الأربعاء.",
    );
    expect(events.filter((e) => e.type === "visit")).toEqual([]);
  });
});

describe("a visit or talks told as still to come", () => {
  it("'حيث يلتقي' after a trip still to make is no meeting, and 'التحضير للزيارة' no visit of the caller", () => {
    const events = read(
      "وزير الدفاع المالطي في روما",
      "روما 10 مارس 2027 - استقبل وزير الدفاع الإيطالي ماركو بيانكي اليوم الأربعاء في روما نظيره المالطي جوزيف كاميليري.",
      "وفي وقت لاحق، زار الوزير المالطي متحف الجيش، قبل أن يتوجه إلى ميلانو حيث يلتقي مسؤولي شركة للصناعات الجوية.",
      "وكانت رئيسة الوزراء المالطية كارمن بورغ قد أجرت اتصالا هاتفيا مع نظيرها الإيطالي الأسبوع الماضي، تناول التحضير للزيارة.",
    );
    expect(events.filter((e) => e.type === "meeting").every((e) => e.location !== "متحف الجيش")).toBe(true);
    expect(events.some((e) => e.participants.includes("كارمن بورغ"))).toBe(false);
  });
});
