import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);
/** The article's one meeting: the test fails when there are more or none. */
function theMeeting(x: ReturnType<typeof read>) {
  const meetings = ofType(x, "meeting");
  expect(meetings).toHaveLength(1);
  return meetings[0]!;
}

describe("one occasion, one event", () => {
  it("adds a sentence that names the talks already told to those talks, not a second meeting elsewhere", () => {
    const x = read(
      "وزير الدفاع يبحث مع نظيره الأردني التعاون العسكري",
      "التقى وزير الدفاع الكويتي الشيخ ناصر سالم الصباح في الكويت اليوم الأحد وزير الدفاع الأردني اللواء فارس حمدان العبادي.",
      "وتناولت المحادثات بين الصباح والعبادي الأوضاع الأمنية في منطقة البحر الأحمر وسبل مواجهة التهريب.",
    );
    expect(theMeeting(x).location).toBe("الكويت");
  });

  it("places what was done during the visit where the visit went, not in the visitor's own country", () => {
    const x = read(
      "رئيس الأركان الليبي في أثينا",
      "بحث الفريق أول عمر سالم الورفلي، رئيس أركان الجيش الليبي، في أثينا مع وزير الدفاع اليوناني نيكوس ديميتريو سبل التعاون العسكري.",
      "وجاءت المباحثات خلال زيارة الورفلي إلى اليونان على رأس وفد عسكري.",
      "وعقد الورفلي خلال الزيارة لقاءات ناقش فيها تدريب خفر السواحل في ليبيا.",
    );
    expect(theMeeting(x).location).toBe("أثينا");
    expect(x.events.map((e) => e.location)).not.toContain("ليبيا");
  });

  it("keeps two meetings of the same people in two cities apart when each sentence tells its own", () => {
    const x = read(
      "Ministers meet twice",
      "Defense Minister Karim Haddad met his Cypriot counterpart Andreas Nikolaou in Nicosia on Monday.",
      "Haddad met Nikolaou again in Limassol on Wednesday to review the naval drill.",
    );
    expect(ofType(x, "meeting").map((e) => e.location).sort()).toEqual(["Limassol", "Nicosia"]);
  });
});

describe("the event's own sentence, not a subheading without a dateline", () => {
  it("summarises by the body's sentence when a long subheading retells the event (Arabic)", () => {
    const x = read(
      "رئيس الأركان يستقبل نظيره البحريني",
      "الفريق أول سالم الراشد يبحث مع الفريق الركن خالد المنصوري في الرياض تعزيز التدريب المشترك",
      "",
      "استقبل رئيس أركان القوات المسلحة السعودية الفريق أول سالم الراشد، اليوم الأحد في الرياض، رئيس أركان قوة دفاع البحرين الفريق الركن خالد المنصوري والوفد المرافق له.",
      "وبحث الجانبان سبل تعزيز التعاون العسكري بين البلدين في مجالات التدريب وتبادل الخبرات.",
    );
    expect(theMeeting(x).summary.startsWith("استقبل")).toBe(true);
  });

  it("summarises by the body's sentence when a long subheading retells the event (English)", () => {
    const x = read(
      "Army chiefs talk training",
      "Saudi Chief of Staff Gen. Salem Al-Rashed holds talks with Bahraini Chief of Staff Lt. Gen. Khalid Al-Mansouri in Riyadh",
      "",
      "Saudi Chief of Staff Gen. Salem Al-Rashed met on Sunday in Riyadh with his Bahraini counterpart Lt. Gen. Khalid Al-Mansouri and discussed joint training between the two armed forces.",
    );
    expect(theMeeting(x).summary).toContain("met on Sunday");
  });

  it("keeps the first line of a paragraph wrapped over lines as the event's sentence", () => {
    const x = read(
      "Navy chiefs meet",
      "MANAMA -",
      "Bahrain's Commander of the Royal Navy Rear Admiral Yousef Al-Khalifa met on Monday the visiting",
      "Omani Commander of the Navy Rear Admiral Saif Al-Rawahi to discuss maritime security.",
    );
    expect(ofType(x, "meeting")[0]?.summary.startsWith("Bahrain's")).toBe(true);
  });

  it("gives an agreement told by its states the people who signed 'the memorandum' next", () => {
    const x = read(
      "البحرين وكينيا توقعان مذكرة تفاهم دفاعية",
      "المنامة - بنا",
      "وقعت مملكة البحرين وجمهورية كينيا اليوم مذكرة تفاهم للتعاون في مجال التدريب العسكري.",
      "ووقع المذكرة عن الجانب البحريني اللواء خالد يوسف، وعن الجانب الكيني اللواء سامسون أوتينو.",
    );
    expect(ofType(x, "agreement")).toHaveLength(1);
    expect(ofType(x, "agreement")[0]!.participants).toEqual(expect.arrayContaining(["خالد يوسف", "سامسون أوتينو"]));
  });
});

describe("a meeting that a planned trip goes to hold", () => {
  const types = (text: string) => extractArticle({ text }).events.map((e) => e.type);

  it("is a plan, not a meeting", () => {
    expect(types("وقال المتحدث إن وزير الداخلية سعيد الحربي سيتوجه الشهر المقبل إلى داكار لبحث أمن الحدود مع نظيره السنغالي.")).toEqual([]);
  });

  it("is still a meeting when the trip was made", () => {
    expect(types("وتوجه وزير الداخلية سعيد الحربي أمس إلى داكار لبحث أمن الحدود مع نظيره السنغالي.")).toContain("meeting");
  });
});
