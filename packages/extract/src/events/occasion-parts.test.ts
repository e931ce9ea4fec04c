import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-06", tagger: false });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);

describe("sentences that tell part of an occasion already told", () => {
  it("gives the attendees of 'وعقد اللقاء بحضور …' to the meeting before, with no meeting of their own", () => {
    const x = read(
      "وزير الدفاع يلتقي نظيره التونسي",
      "التقى وزير الدفاع الموريتاني حنان ولد سيدي في نواكشوط اليوم وزير الدفاع التونسي عماد الخميري وبحثا تطوير التعاون العسكري.",
      "وعقد اللقاء بحضور اللواء صالح العنزي قائد القوات البرية وعدد من كبار الضباط.",
    );
    const meetings = ofType(x, "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(["حنان ولد سيدي", "عماد الخميري", "صالح العنزي"]));
  });

  it("reads 'The meeting was attended by …' as part of the meeting before, its attendees no parties", () => {
    const x = read(
      "Ministers meet in Valletta",
      "Maltese Defence Minister Karl Vella met his Greek counterpart Nikos Pappas in Valletta on Thursday to discuss naval training.",
      "The meeting was attended by Rear Admiral John Borg and senior officers of both navies.",
    );
    const meetings = ofType(x, "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(["Karl Vella", "Nikos Pappas"]);
  });

  it("keeps a welcome on arrival inside the visit told before it", () => {
    const x = read(
      "رئيس الأركان السوداني في الرياض",
      "وصل الفريق أول بابكر عوض الحاج رئيس أركان الجيش السوداني إلى الرياض اليوم في زيارة رسمية تستمر ثلاثة أيام.",
      "وكان في استقباله لدى وصوله بالمطار اللواء نايف العتيبي قائد المنطقة الوسطى.",
    );
    expect(ofType(x, "visit")).toHaveLength(1);
  });

  it("reads planned exercises as an event of their own and the article as about training", () => {
    const x = read(
      "مناورة بحرية في الخليج",
      "ستجري القوات البحرية الكويتية والبحرينية مناورة مشتركة الأسبوع المقبل قبالة السواحل الكويتية بمشاركة ثماني سفن.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["other"]);
    expect(x.topics).toContain("training");
  });
});
