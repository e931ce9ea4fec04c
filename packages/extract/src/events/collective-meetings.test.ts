import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n") });
const events = (...lines: string[]) => read(...lines).events.map((e) => [e.type, e.participants, e.location, e.date]);

describe("a meeting of parties that names no person", () => {
  it("reads 'بحث وفدا البلدين' and 'عقدت اللجنة المشتركة اجتماعها' as meetings", () => {
    expect(events("وفدان يبحثان التعاون", "بحث وفدا البلدين في مدينة الزرقاء سبل تطوير التعاون في مجال الدفاع الجوي.").map((e) => e[0])).toEqual(["meeting"]);
    expect(events("لجنة مشتركة", "عقدت اللجنة العسكرية المشتركة اجتماعها الدوري في مدينة المفرق لمتابعة خطط التدريب.").map((e) => e[0])).toEqual(["meeting"]);
  });

  it("reads 'the delegations of the two countries met' as a meeting", () => {
    expect(events("Delegations meet", "Delegations of the two countries met in the city of Mombasa to review coastal patrols.").map((e) => e[0])).toEqual(["meeting"]);
  });

  it("still drops a discussion no one is said to have held", () => {
    expect(events("تقرير", "وتناول التقرير تطورات الأوضاع الأمنية في المنطقة.").map((e) => e[0])).not.toContain("meeting");
  });
});

describe("'X and Y agreed to …' told as one occasion with the meeting", () => {
  it("reads an English 'X and Y agreed to' as an agreement", () => {
    expect(
      events("Ministers agree on patrols", "Defence Minister Lena Varga of Hungary and Interior Minister Pavel Novak of Slovakia agreed on Monday to run joint river patrols.").map((e) => [e[0], e[1]]),
    ).toEqual([["agreement", ["Lena Varga", "Pavel Novak"]]]);
  });

  it("folds the meeting of the sentence before into the agreement, with its place and day", () => {
    const x = events(
      "Border chiefs meet",
      "MOMBASA, June 3, 2026 (AFP) - The heads of the Kenyan and Tanzanian border services met in the town of Mombasa on Wednesday.",
      "Brigadier Otieno Kamau of the Kenyan border service and Brigadier Juma Mrisho of the Tanzanian border police agreed to open a shared radio line.",
    );
    expect(x).toEqual([["agreement", ["Otieno Kamau", "Juma Mrisho"], "Mombasa", "2026-06-03"]]);
  });

  it("reads 'اتفق … في ختام اجتماع … ووقع محضر الاجتماع X وY' as one agreement of X and Y", () => {
    const x = events(
      "اتفاق حدودي",
      "اتفقت تونس وليبيا على فتح معبر جديد، في ختام اجتماع اللجنة الحدودية المشتركة في مدينة بنقردان.",
      "ووقع محضر الاجتماع عن الجانب التونسي العميد سامي الورغي، وعن الجانب الليبي العميد فرج المصراتي.",
    );
    expect(x.map((e) => [e[0], e[1]])).toEqual([["agreement", ["سامي الورغي", "فرج المصراتي"]]]);
  });

  it("keeps talks told with their own people apart from the agreement", () => {
    const x = events(
      "Malta and Italy agree on patrols",
      "Malta and Italy agreed on Tuesday to widen joint patrols.",
      "Admiral Paolo Serra held talks in Valletta with Colonel John Borg, and the two signed a memorandum on radar data.",
    );
    expect(x.map((e) => e[0]).sort()).toEqual(["agreement", "meeting"]);
  });

  it("does not read 'said the two sides agreed' or 'the agreed text' as an occasion", () => {
    expect(events("Talks", "Officials said the two sides agreed on little.").map((e) => e[0])).not.toContain("agreement");
    expect(events("Text", "Minister Lena Varga read out the agreed text to reporters.").map((e) => e[0])).not.toContain("agreement");
  });

  it("takes no venue from a headline that says what was agreed on", () => {
    const x = events("جيبوتي والصومال تتفقان على دوريات في خليج عدن", "اتفقت جيبوتي والصومال على تسيير دوريات مشتركة، خلال لقاء جمع الوزير سامي الورغي ونظيره فرج المصراتي في مدينة تاجورة.");
    expect(x.map((e) => [e[0], e[2]])).toEqual([["agreement", "تاجورة"]]);
  });

  it("takes no venue from such a headline that goes on to an earlier happening", () => {
    const x = read(
      "تشاد والنيجر تتفقان على نشر قوة مشتركة في منطقة ديفا بعد هجمات دامية",
      "نيامي (وكالات) - اتفق وزير الدفاع التشادي داود يحيى إبراهيم ونظيره النيجري ساليفو مودي، في ختام محادثات بالعاصمة نيامي، على نشر قوة مشتركة في منطقة ديفا.",
    ).events.find((e) => e.type === "agreement");
    expect(x?.location).toBe("نيامي");
  });
});

describe("cue words inside names", () => {
  it("does not read the name فيصل as the verb يصل (arrives)", () => {
    const x = events("توقيع عقد", "ووقع العقد عن الجانب الأول المهندس فيصل بن سالم العتيبي، وعن الجانب الثاني المهندس ماركو بيتروفيتش.");
    expect(x.map((e) => e[0])).not.toContain("visit");
  });
});
