import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).topics;

describe("the economy named once in a story about relief, health care or culture is a remark on the side", () => {
  const relief = [
    "جمعية الهلال الأحمر في نورلاند توزع ثمانية آلاف سلة غذائية على متضرري السيول في بلدة تارن",
    "",
    "وزعت جمعية الهلال الأحمر في نورلاند يوم الاثنين ثمانية آلاف سلة غذائية على الأسر المتضررة من السيول في بلدة تارن والقرى المحيطة بها.",
    "وقال رئيس فريق الجمعية إن كل سلة تكفي أسرة من ستة أفراد مدة شهر، وإن الفريق سيعود الأسبوع المقبل بشحنة من البطانيات.",
    "وأضاف أن الجمعية ستحفر خمس آبار في محيط البلدة بتمويل من الصندوق الوطني للتنمية الاقتصادية.",
    "وشكر محافظ تارن الجمعية على سرعة استجابتها.",
  ];

  it("leaves the economy out of a relief story that names it once, in a fund's name", () => {
    expect(topics(...relief)).toEqual(["other"]);
  });

  it("keeps the economy when the story names it twice", () => {
    expect(topics(...relief.slice(0, -1), "وقال المحافظ إن السيول أضرت بالاقتصاد المحلي وبالتجارة في الأسواق، وإن الاستثمار في السدود بات ضرورة.")).toContain("economy");
  });

  it("keeps the economy named once in a story whose headline names no relief, health care or culture", () => {
    const [, ...rest] = relief;
    expect(topics("نورلاند تحفر خمس آبار في بلدة تارن بعد السيول", ...rest)).toContain("economy");
  });

  it("reads an English festival story the same way", () => {
    const festival = [
      "Norland opens a week-long festival of mountain songs in Tarn",
      "",
      "Singers from twelve villages opened the Tarn mountain song festival on Friday, the first since the town's concert hall was rebuilt.",
      "Organisers said some four thousand visitors came on the first evening, and the festival will close with a night of old harvest songs.",
      "Visitors from abroad now account for a growing share of the town's economy, the mayor said.",
    ];
    expect(topics(...festival)).toEqual(["other"]);
    expect(topics("Tarn town hall rebuilt after five years", ...festival.slice(1))).toContain("economy");
  });
});

describe("a story about relief, health care or culture is filed under other beside what else it tells", () => {
  const convoy = [
    "قافلة إغاثة تصل إلى مخيم تارن لدعم اللاجئين القادمين من نورلاند",
    "",
    "وصلت يوم الأحد قافلة إغاثة تضم عشرين شاحنة إلى مخيم تارن، تحمل أغذية وأدوية للاجئين القادمين من نورلاند.",
    "وقال مدير المخيم إن عدد اللاجئين تضاعف خلال شهر، وإن القافلة تكفي حاجة المخيم أسبوعين.",
  ];

  it("gives other beside migration to a relief convoy for refugees", () => {
    expect(topics(...convoy)).toEqual(["migration", "other"]);
  });

  it("gives no other to a story whose headline speaks of security", () => {
    expect(topics("قوات الحدود ترافق قافلة إغاثة إلى مخيم تارن لدعم اللاجئين القادمين من نورلاند", ...convoy.slice(1))).not.toContain("other");
  });
});
