import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import { findRelative } from "../dates/find";
import { relativeDay } from "./event-date";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2031-05-14" }).events;

describe("a day of the month named by its place to the publication's", () => {
  it("reads 'في الرابع من الشهر الجاري' and 'في 20 من الشهر الماضي' from the publication date", () => {
    const s = "وصلت القافلة في الرابع من الشهر الجاري، بعد أن غادرت في 20 من الشهر الماضي.";
    const tokens = tokenize(s);
    const doc = { tokens, text: s, language: "ar" } as unknown as Parameters<typeof relativeDay>[0];
    const days = findRelative(tokens, s).map((r) => relativeDay(doc, r, "2031-05-14"));
    expect(days).toEqual(["2031-05-04", "2031-04-20"]);
  });

  it("reads no day before 'من' that names no month of the publication's ('الثانية من الشهر')", () => {
    const s = "بدأت المرحلة الثانية من الشهر الجاري دون تأخير.";
    expect(findRelative(tokenize(s), s)).toEqual([]);
  });
});

describe("a ship that came into port", () => {
  const events = read(
    "تمرين بحري مشترك بين البلدين في ميناء سانتا لوسيرا",
    "سانتا لوسيرا (وكالة) - اختتم قائد البحرية الفالدانية العميد البحري كارلو مينيتي ونظيره قائد خفر السواحل العميد البحري رامي حداد اليوم تمرينا بحريا مشتركا في ميناء سانتا لوسيرا.",
    "ويذكر أن سفينة الدورية «النورس» وصلت إلى ميناء سانتا لوسيرا في الرابع من الشهر الجاري للمشاركة في التمرين، وقائدها المقدم البحري سليم عواد.",
  );

  it("is a happening with nobody on the day its sentence names, not a visit of its commander", () => {
    expect(events.filter((e) => e.type === "visit")).toHaveLength(0);
    const came = events.find((e) => e.type === "other" && e.evidence?.text.includes("وصلت"));
    expect(came?.participants).toEqual([]);
    expect(came?.date).toBe("2031-05-04");
    expect(came?.location).toMatch(/^ميناء سانتا/u);
  });

  it("leaves the exercise told before with its own day", () => {
    expect(events.find((e) => e.type === "other" && e.evidence?.text.includes("اختتم"))?.date).toBe("2031-05-14");
  });
});

describe("a ship that berthed on a visit, or came for a visit told before", () => {
  it("stays a visit when its sentence tells the visit ('رست … في زيارة تستمر')", () => {
    const events = read(
      "سفينة تدريب فالدانية في ميناء سانتا لوسيرا",
      "سانتا لوسيرا (وكالة) - رست سفينة التدريب الفالدانية «أمبرا» صباح اليوم في ميناء سانتا لوسيرا، في زيارة تستمر ثلاثة أيام، بقيادة العقيد البحري ماركو ريتشي.",
    );
    expect(events.filter((e) => e.type === "other")).toHaveLength(0);
    expect(events.some((e) => e.type === "visit")).toBe(true);
  });

  it("is the arrival of the ship's visit told before by a sentence naming the ship", () => {
    const events = read(
      "قائد البحرية يستقبل قائد فرقاطة فالدانية",
      "سانتا لوسيرا (وكالة) - استقبل قائد البحرية العميد البحري رامي حداد اليوم بمكتبه العقيد البحري ماركو ريتشي، قائد الفرقاطة الفالدانية «أمبرا» التي ترسو في ميناء سانتا لوسيرا في زيارة صداقة.",
      "وكانت الفرقاطة قد وصلت إلى ميناء سانتا لوسيرا أول أمس قادمة من جزيرة مالوري.",
    );
    expect(events.filter((e) => e.type === "other")).toHaveLength(0);
  });
});

describe("talks told right after a ceremony", () => {
  const events = read(
    "ختام تمرين بحري مشترك",
    "سانتا لوسيرا (وكالة) - اختتم في ميناء سانتا لوسيرا يوم الثلاثاء الماضي تمرين بحري مشترك بين البحرية الفالدانية وخفر السواحل.",
    "وعقب المراسم عقد قائد البحرية الفالدانية العميد البحري كارلو مينيتي وقائد خفر السواحل العميد البحري رامي حداد اجتماعا في مبنى قيادة الميناء.",
  );

  it("were held on the day of the occasion told before ('وعقب المراسم عقد …')", () => {
    expect(events.find((e) => e.type === "meeting")?.date).toBe("2031-05-13");
  });
});

it("reads a ship's berthing told as backstory, a visit word after it, as its coming into port with nobody, not a visit", () => {
  const berthed = read(
    "قائد البحرية يستقبل الملحق العسكري الفالداني",
    "سانتا لوسيرا (وكالة) - استقبل قائد البحرية العميد البحري رامي حداد اليوم في مقر القيادة الملحق العسكري الفالداني العقيد ماركو ريتشي، وبحث معه تعزيز التعاون بين البلدين.",
    "وكانت الفرقاطة الفالدانية «أمبرا» قد رست يوم السبت الماضي في ميناء سانتا لوسيرا، في أول زيارة لقطعة بحرية فالدانية إلى المنطقة.",
  ).filter((e) => e.evidence?.text.includes("رست"));
  expect(berthed.map((e) => [e.type, e.participants.length, e.date])).toEqual([["other", 0, "2031-05-10"]]);
});
