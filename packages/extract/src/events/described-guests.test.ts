import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);

describe("a guest the sentence names only by a description", () => {
  it("is the person of that nationality named before, not the host he is to meet", () => {
    const x = read(
      "زيارة",
      "",
      "الرياض - استقبل رئيس الأركان السعودي الفريق أول فهد سالم العنزي اليوم الجنرال طارق محمود شاه رئيس الأركان الباكستاني.",
      "وكان الضيف الباكستاني قد وصل إلى الرياض أمس في زيارة رسمية تستمر ثلاثة أيام، يلتقي خلالها مساعد وزير الدفاع ناصر علي الدوسري.",
    );
    expect(ofType(x, "visit").map((e) => e.participants)).toEqual([["طارق محمود شاه"]]);
    // "يلتقي خلالها": the programme of the visit, not a meeting held.
    expect(ofType(x, "meeting")).toHaveLength(1);
  });

  it("by a noun of office alone is the person whose role starts with it, and meets whom the sentence names", () => {
    const x = read(
      "زيارة",
      "",
      "برازيليا - وقعت وزيرة الدفاع الأرجنتينية كارمن ماريا غوميز ونظيرها البرازيلي باولو سيلفا اليوم اتفاقا للتدريب.",
      "وكانت الوزيرة قد وصلت إلى برازيليا أمس في زيارة رسمية، التقت خلالها رئيس لجنة الدفاع في مجلس الشيوخ جواو كوستا.",
    );
    expect(ofType(x, "visit")[0]?.participants).toEqual(["كارمن ماريا غوميز"]);
    expect(ofType(x, "meeting")[0]?.participants).toEqual(["كارمن ماريا غوميز", "جواو كوستا"]);
  });

  it("takes part in a meeting told with the description as its subject", () => {
    const x = read(
      "زيارة",
      "",
      "سراييفو - تفقد قائد القوات البرية التركية الفريق أول أوزان دمير اليوم الكتيبة التركية في معسكر بوتمير.",
      "والتقى القائد التركي في اليوم نفسه وزيرة الدفاع البوسنية ياسنا بيغوفيتش في مقر الوزارة.",
    );
    expect(ofType(x, "meeting")[0]?.participants).toEqual(["أوزان دمير", "ياسنا بيغوفيتش"]);
  });

  it("by a deputy's noun and the office of whom she is the deputy is the person whose role opens so", () => {
    const x = read(
      "زيارة",
      "",
      "الدوحة - استقبل الفريق الركن سالم حمد النابت، رئيس أركان القوات المسلحة القطرية، اليوم السيدة كادري تام نائبة وزير الدفاع بجمهورية إستونيا، والسيد ماركو ليند رئيس إدارة التخطيط.",
      "وكانت نائبة الوزير قد زارت أمس كلية أحمد بن محمد العسكرية في الدوحة، حيث اطلعت على برامجها التدريبية.",
    );
    expect(ofType(x, "visit").at(-1)?.participants).toEqual(["كادري تام"]);
  });
});

describe("a deputy named by his office after a time told first", () => {
  it("is the deputy named before ('وفي أول أمس الاثنين، التقى نائب الوزير …')", () => {
    const x = extractArticle({
      text: [
        "نائب وزير الثقافة يزور فالدانيا",
        "سانتا لوسيرا (وكالة) - زار نائب وزير الثقافة السوراني، الأستاذ سامي الهاشمي، اليوم (الأربعاء) متحف سانتا لوسيرا الوطني.",
        "وفي أول أمس الاثنين، التقى نائب الوزير رئيسة قسم اللغات في جامعة سانتا لوسيرا، البروفيسورة لورا بيانكي، وبحث معها ترجمة الكتب.",
      ].join("\n\n"),
      publishedHint: "2031-05-14",
    }).events;
    expect(x.find((e) => e.type === "meeting")?.participants).toEqual(["سامي الهاشمي", "لورا بيانكي"]);
  });
});
