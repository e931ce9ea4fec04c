import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const datesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.date);

describe("the day of a visit told beside an arrival on another day", () => {
  it("dates the visit by the day written next to its verb, not the arrival's", () => {
    // 2029-05-09 is a Wednesday.
    const x = extractArticle({
      text: "Ghana, Togo agree on border patrols\n\nKwame Mensah | 09.05.2029\n\nLOME, Togo\n\nGhana's army chief, Lieutenant General Kofi Asante, arrived in Lome on Sunday and on Monday visited the military academy at Kara, where its commandant, Colonel Yao Amegah, showed him the new firing range.\n",
    });
    expect(datesOf(x, "visit")).toEqual(["2029-05-07"]);
  });

  it("keeps the arrival's day when the sentence prints one day only", () => {
    const x = extractArticle({
      text: "Ghana, Togo agree on border patrols\n\nKwame Mensah | 09.05.2029\n\nLOME, Togo\n\nGhana's army chief, Lieutenant General Kofi Asante, arrived in Lome on Sunday and visited the military academy at Kara, where its commandant, Colonel Yao Amegah, showed him the new firing range.\n",
    });
    expect(datesOf(x, "visit")).toEqual(["2029-05-06"]);
  });
});

describe("an arrival in another town", () => {
  it("does not move back the day of a visit to a town the trip reached later", () => {
    // 2029-05-09 is a Wednesday.
    const x = extractArticle({
      text: "Kenyan navy chief tours Mombasa dockyard\n\nMombasa (Kenya), May 9, 2029 (KNA) Ugandan army chief General Moses Okello on Tuesday toured the Kenya Navy's dockyard in the port city of Mombasa, the second day of a three-day visit.\n\nOn arrival in Nairobi on Monday, Okello called on Defence Cabinet Secretary Grace Wanjiru at the Defence Headquarters.\n",
    });
    expect(datesOf(x, "visit")).toEqual(["2029-05-08"]);
  });
});

describe("the day of a meeting told beside a visit on another day", () => {
  it("takes the day written next to the meeting's word", () => {
    // 2029-05-11 is a Friday.
    const x = extractArticle({
      text: "قائد الجيش الغاني يزور عمّان\n\nعمّان في ١١ أيار ٢٠٢٩ (بترا) – وصل قائد الجيش الغاني الفريق كوفي أسانتي إلى عمّان أمس الخميس في زيارة رسمية.\n\nويزور الضيف الغاني اليوم الجمعة كلية القيادة والأركان في منطقة الزرقاء، كما يلتقي غداً السبت وزير الدفاع سامر الخطيب في مبنى الوزارة.\n",
    });
    expect(datesOf(x, "meeting")).toEqual(["2029-05-12"]);
  });
});

describe("an arrival at another place than the site toured", () => {
  it("does not give its day to a tour told after a meeting without a day of its own", () => {
    // 2029-05-09 is a Wednesday.
    const x = extractArticle({
      text: "اتفاق على دوريات مشتركة على الحدود\n\nالأربعاء - 9 مايو 2029 م\n\nأبشة: مراسلنا\n\nاتفق والي إقليم البطحاء، الجنرال آدم موسى حسن، ووالي ولاية وسط دارفور، الطيب عثمان محمد، خلال اجتماع عقداه أمس الثلاثاء في مدينة أبشة، على تسيير دوريات مشتركة على الطريق الحدودي.\n\nوبعد الاجتماع زار الواليان مقر قيادة القوة المشتركة في أبشة، حيث استقبلهما قائدها، العقيد إسحاق بشير.\n\nوكان الوفد السوداني قد وصل إلى أبشة مساء الأحد عبر معبر الطينة الحدودي.\n",
    });
    expect(datesOf(x, "visit")).not.toContain("2029-05-06");
  });
});

describe("a meeting held during a visit of several days", () => {
  const text = (during: string) =>
    `الأردن وتشيلي يوقعان اتفاقا للتدريب\n\nعمّان، 11 مايو 2029 (بترا) -- وقع وزير الدفاع التشيلي كارلوس مونتيس ونظيره الأردني سامر الخطيب، اليوم (الجمعة)، اتفاقا للتدريب العسكري المشترك.\n\nوكان الوزير قد وصل إلى عمّان يوم الأربعاء في زيارة رسمية تستغرق ثلاثة أيام، ${during} رئيس لجنة الدفاع في مجلس الأعيان خالد الرواشدة، وبحث معه التعاون البرلماني.\n`;

  it("takes no day from the arrival told before it", () => {
    const x = extractArticle({ text: text("التقى خلالها") });
    expect(datesOf(x, "meeting")).toEqual([null]);
  });

  it("keeps a day printed after its own word", () => {
    const x = extractArticle({ text: text("التقى خلالها أمس") });
    expect(datesOf(x, "meeting")).toEqual(["2029-05-10"]);
  });
});
