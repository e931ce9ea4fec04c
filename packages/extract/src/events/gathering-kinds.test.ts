import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });
const kinds = (x: ReturnType<typeof read>) => x.events.map((e) => e.type);

describe("a gathering opened by someone", () => {
  it("reads a show opened by two ministers, past their names and asides, as an opening, no conference", () => {
    const x = read(
      "معرض للتراث",
      "",
      "عمان - افتتح وزير الثقافة الأردني سالم الحديدي، ونظيرته التونسية ليلى العياري، مساء أمس، معرض «كنوز قرطاج» في المتحف الوطني بعمان، والذي يضم مئتي قطعة أثرية.",
    );
    expect(kinds(x)).toEqual(["other"]);
    expect(x.events[0]?.participants).toEqual(["سالم الحديدي", "ليلى العياري"]);
  });

  it("still reads taking part in a show as a conference", () => {
    const x = read("معرض للطيران", "", "شارك وزير الدفاع الأردني سالم الحديدي، أمس، في معرض دبي الدولي للطيران.");
    expect(kinds(x)).toEqual(["conference"]);
  });

  it("reads a meeting opened for the leaders of several states as a conference, with who took part in it", () => {
    const x = read(
      "اجتماع إقليمي",
      "",
      "الرياض - افتتح الأمين العام للتحالف اللواء سامر بن خالد العتيبي اليوم في مقر التحالف بالرياض اجتماعا تنسيقيا لقادة وحدات مكافحة الإرهاب في دول الساحل.",
      "وشارك في الاجتماع العقيد منى حسن ديالو قائدة وحدة مكافحة الإرهاب في الشرطة المالية.",
    );
    expect(kinds(x)).toEqual(["conference"]);
    expect(x.events[0]?.participants).toEqual(["سامر بن خالد العتيبي", "منى حسن ديالو"]);
  });

  it("reads the opening of a conference as no inauguration, and what the conference discussed as part of it", () => {
    const x = read("مؤتمر للموانئ", "", "الرياض - افتتح الأمين العام للتحالف اللواء سامر بن خالد العتيبي اليوم في الرياض المؤتمر الدولي لأمن الموانئ.", "ويناقش المؤتمر على مدى ثلاثة أيام عشرين بحثا حول حماية الموانئ.");
    expect(kinds(x)).toEqual(["conference"]);
    const en = read("Summit", "", "ACCRA - Ghana's defence minister Kofi Mensah opened a summit of West African army chiefs in Accra on Monday.", "The summit discussed piracy in the Gulf of Guinea.");
    expect(kinds(en)).toEqual(["conference"]);
  });

  it("reaches the gathering past the commas around the opener's name, rank and day", () => {
    const x = read(
      "مؤتمر أمني",
      "",
      "عمان - افتتح وزير الداخلية الأردني، اللواء سامر خالد العموش، أمس الأحد، أعمال \"منتدى عمان لأمن الحدود\" الذي يستمر يومين، بمشاركة وفود من العراق وسوريا.",
      "وقال إن الحدود آمنة.",
    );
    expect(kinds(x)).toEqual(["conference"]);
  });

  it("still reads a building opened as an 'other' happening", () => {
    const x = read("مستشفى عسكري", "", "عمان - افتتح رئيس هيئة الأركان اللواء سامر خالد العموش اليوم المستشفى العسكري الجديد في الزرقاء.", "وقال إن المستشفى يخدم المنطقة.");
    expect(kinds(x)).toEqual(["other"]);
  });
});

describe("a deployment ordered", () => {
  it("is no deployment of its own beside the inspection the sentence tells, which is a visit", () => {
    const x = read(
      "تعزيزات",
      "",
      "ماي سوت - وتفقد قائد الجيش الثالث الفريق سومتشاي كيتيبونغ، اليوم، مراكز الإيواء في بلدة ماي سوت، وأمر بنشر بطاريات مدفعية إضافية على طول النهر.",
      "وقال ضابط إن الوضع هادئ.",
    );
    expect(kinds(x)).toEqual(["visit"]);
  });
});
