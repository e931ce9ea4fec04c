import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (text: string) => extractArticle({ text }).events.map((e) => [e.type, e.participants, e.location, e.date]);

describe("an earlier happening counted in days from the occasion", () => {
  it("dates an earlier happening not counted in days by the weekday its own clause prints", () => {
    const x = extractArticle({
      text: "زيارة عسكرية\n\nنيروبي - وكالات\n\nيزور وزير الدفاع الصومالي أحمد نور كينيا منذ يوم السبت في زيارة تستغرق ثلاثة أيام.\n\nوتأتي الزيارة بعد هجوم بسيارة مفخخة استهدف يوم الأربعاء الماضي قاعدة عسكرية في مدينة غاريسا.",
      publishedHint: "2027-09-20",
    }).events;
    expect(x.filter((e) => e.type === "other").map((e) => e.date)).toEqual(["2027-09-15"]);
  });

  it("counts back from the first occasion told with a day when the headline above it tells one with none", () => {
    const x = events(
      "خفر السواحل الكيني والتنزاني يجريان تدريبا مشتركا\n\nمومباسا (أ ف ب) - أجرى خفر السواحل في كينيا وتنزانيا يوم الجمعة ١٢ يونيو ٢٠٢٦ تدريبا مشتركا على البحث والإنقاذ قبالة جزيرة بيمبا.\n\nوجاء التدريب بعد أسبوعين من اصطدام سفينة صيد صومالية بزورق كيني قرب لامو.",
    );
    expect(x.filter((e) => e[0] === "other").map((e) => e[3])).toEqual(["2026-06-12", "2026-05-29"]);
  });

  it("dates 'two days after a shooting' two days before the meeting and keeps the meeting's place to the meeting", () => {
    const x = events(
      "Border chiefs meet\n\nNAIROBI, June 12, 2026 (AFP) - General Peter Mwangi of Kenya met General Abdi Farah of Somalia in Mombasa on Friday, two days after a shooting at a border post near Kismayo.",
    );
    expect(x).toContainEqual(["meeting", ["Peter Mwangi", "Abdi Farah"], "Mombasa", "2026-06-12"]);
    expect(x).toContainEqual(["other", [], "Kismayo", "2026-06-10"]);
  });

  it("reads 'بعد ثلاثة أيام من هجوم' the same way, with no place when the clause names none", () => {
    const x = events(
      "لقاء عسكري\n\nعمّان ١٥ آذار ٢٠٢٦ (بترا) - التقى رئيس الأركان الأردني اللواء سامي الخطيب اليوم نظيره العراقي الفريق علي الجبوري، بعد ثلاثة أيام من هجوم على دورية حدودية.",
    );
    expect(x).toContainEqual(["other", [], null, "2026-03-12"]);
  });

  it("counts 'a week after' seven days back but leaves uncounted weeks undated, and reads no earlier happening in a plain meeting", () => {
    const week = events("Talks\n\nNAIROBI, June 12, 2026 (AFP) - General Peter Mwangi met General Abdi Farah in Mandera on Friday, a week after an attack on a convoy.");
    expect(week.filter((e) => e[0] === "other").map((e) => e[3])).toContain("2026-06-05");
    const weeks = events("Talks\n\nNAIROBI, June 12, 2026 (AFP) - General Peter Mwangi met General Abdi Farah in Mandera on Friday, weeks after an attack on a convoy.");
    expect(weeks.filter((e) => e[0] === "other").map((e) => e[3])).toEqual([null]);
    const plain = events("Talks\n\nNAIROBI, June 12, 2026 (AFP) - General Peter Mwangi met General Abdi Farah in Mandera on Friday to discuss patrols.");
    expect(plain.map((e) => e[0])).toEqual(["meeting"]);
  });

  it("counts 'بعد أسبوعين من' fourteen days back", () => {
    const x = events(
      "تمرين بحري\n\nمسقط ٢٠ آذار ٢٠٢٦ (العمانية) - اختتم خفر السواحل العماني والهندي اليوم تمرينا مشتركا قبالة صلالة، بعد أسبوعين من هجوم على سفينة صيد قرب جزيرة مصيرة.",
    );
    expect(x).toContainEqual(["other", [], "جزيرة مصيرة", "2026-03-06"]);
  });

  it("counts back from the day of the occasion the sentence goes on with, not the publication date", () => {
    const x = events(
      "Patrol deal\n\nLIMA, May 14, 2026 (EFE) - Peru and Ecuador signed an agreement on Tuesday in Tumbes to run joint river patrols.\n\nThe agreement came four days after soldiers seized a boat loaded with rifles near Zarumilla.",
    );
    expect(x.map((e) => [e[0], e[3]])).toEqual([
      ["agreement", "2026-05-12"],
      ["other", "2026-05-08"],
    ]);
  });
});

describe("غداة: the day after", () => {
  it("dates a clash told after غداة one day before the call made on the day", () => {
    const x = events(
      "دعوة إلى التهدئة\n\nنيروبي ١٠/٥/٢٠٢٧ (كنا) - دعا رئيس هيئة الإيقاد العقيد بيتر أوتينو، اليوم الإثنين، الجيشين الكيني والأوغندي إلى ضبط النفس، غداة اشتباك بين دوريتين قرب بلدة لوكيتشوكيو.",
    );
    expect(x.filter((e) => e[0] === "other").map((e) => e[3])).toEqual(["2027-05-09"]);
  });
});
