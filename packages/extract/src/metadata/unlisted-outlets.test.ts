import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { bylineName, isLatinPersonalName } from "./byline-names";
import { closingNotice } from "./closing-notices";
import { withoutEditorInitials } from "./editor-initials";
import { outletBeforePlace } from "./source-value";

// Every line below is written for these tests, not taken from an article.

const title = "تمويل جديد للطريق الساحلي\n\n";
const body =
  "\n\nبحث وزير النقل مع وفد من البنك الدولي تمويل توسعة الطريق الساحلي، وتناول اللقاء جدول الأشغال ومراحل التنفيذ.\n\nوأكد الوزير أن الأشغال تبدأ في الخريف المقبل بعد استكمال الدراسات الفنية.\n";
const enTitle = "Loan signed for coastal road\n\n";
const enBody =
  "\n\nThe transport ministry signed a loan for a coastal road on Tuesday, officials said, and work is due to start in the autumn after surveys are finished.\n\nThe minister said the road would cut travel times between the two ports by half.\n";
const read = (text: string) => extractArticle({ text });
const isPlace = (s: string) => ["عمّان", "عمان", "Nairobi", "Mombasa"].includes(s);

describe("a writer's name printed with no byline word", () => {
  it("is the author and never the source, alone or with the place or the day after a bar", () => {
    const a = read(title + "سامر الحلبي | عمّان" + body);
    expect([a.source, a.author]).toEqual([null, "سامر الحلبي"]);
    const b = read(enTitle + "Jane Roe\n12 May 2027" + enBody);
    expect([b.source, b.author]).toEqual([null, "Jane Roe"]);
    const c = read(enTitle + "Karim Okafor | 12 May 2027" + enBody);
    expect([c.source, c.author]).toEqual([null, "Karim Okafor"]);
  });

  it("tells a name from a masthead", () => {
    expect(bylineName("Jane Roe | Nairobi", isPlace)).toBe("Jane Roe");
    expect(bylineName("Ana de Souza", isPlace)).toBe("Ana de Souza");
    expect(isLatinPersonalName("Gulf Today", isPlace)).toBe(false);
    expect(isLatinPersonalName("The Coast Ledger", isPlace)).toBe(false);
    expect(bylineName("Jane Roe | Coast Ledger", isPlace)).toBeNull();
  });
});

describe("a site's header: its name over the city it publishes from", () => {
  it("is the source, with or without the day after the city", () => {
    expect(read(title + "الرأي الحر - عمّان\n١٢ أيار ٢٠٢٧" + body).source).toBe("الرأي الحر");
    expect(read(title + "الغد الجديد - عمّان - ١٢ أيار ٢٠٢٧" + body).source).toBe("الغد الجديد");
    expect(read(enTitle + "The Coast Ledger – Mombasa\n12 May 2027" + enBody).source).toBe("The Coast Ledger");
  });

  it("reads no outlet before a place from a writer's name or from a place", () => {
    const writer = (s: string) => s === "سامر الحلبي";
    expect(outletBeforePlace("سامر الحلبي - عمّان", isPlace, writer)).toBeNull();
    expect(outletBeforePlace("عمان - عمّان", isPlace, writer)).toBeNull();
    expect(outletBeforePlace("الرأي الحر - عمّان - ملحق", isPlace, writer)).toBeNull();
  });
});

describe("the outlet a speaker talks to in the body", () => {
  it("is the source when nothing else names one (Arabic)", () => {
    expect(read(title + body + "\nوقال مسؤول في الوزارة لـ«الرأي الحر» إن التمويل مضمون.\n").source).toBe("الرأي الحر");
    expect(read(title + body + "\nوأضاف في تصريح لـ«الرأي الحر» أن التمويل مضمون.\n").source).toBe("الرأي الحر");
    expect(read(title + body + "\nوقال مسؤول في الوزارة لصحيفة الرأي الحر إن التمويل مضمون.\n").source).toBe("صحيفة الرأي الحر");
    expect(read(title + body + "\nوأوضح الوزير في حوار مع قناة الساحل أن التمويل مضمون.\n").source).toBe("قناة الساحل");
  });

  it("reads the outlet after a bracket, and every outlet of a sentence that names two", () => {
    expect(read(title + body + "\nوقال الوزير (في حديث لـ«الرأي الحر») إن التمويل مضمون.\n").source).toBe("الرأي الحر");
    // Spoken to twice in one sentence, once in another: the one spoken to most often is the source.
    const twice = "\nوقال مسؤول لـ«نجمة الصباح» إن التمويل مضمون، وقال آخر لـ«الرأي الحر» إنه تأخر وأضاف لـ«الرأي الحر» أن الأشغال تبدأ قريبا.\n";
    expect(read(title + body + twice).source).toBe("الرأي الحر");
  });

  it("reads a listed outlet after ل whose article lost its alef", () => {
    expect(read(title + body + "\nوقال مسؤول في الوزارة لليوم السابع إن التمويل مضمون.\n").source).toBe("اليوم السابع");
  });

  it("is the source when nothing else names one (English)", () => {
    expect(read(enTitle + enBody.replace("officials said", "an official told the Coast Ledger")).source).toBe("Coast Ledger");
    expect(read(enTitle + enBody + "\nThe minister said in an interview with The Coast Ledger that funding was secured.\n").source).toBe("The Coast Ledger");
  });

  it("is no source when the interview is earlier news, nor a body spoken to", () => {
    expect(read(title + body + "\nوكان الوزير قد صرح لـ«الرأي الحر» الشهر الماضي بأن التمويل مضمون.\n").source).toBeNull();
    expect(read(enTitle + enBody + "\nThe minister told Parliament that funding was secured.\n").source).toBeNull();
  });

  it("loses to the dateline's agency", () => {
    expect(read(enTitle + "NAIROBI, May 12 (Reuters) - " + enBody.trim() + "\nAn official told the Coast Ledger the loan was signed.\n").source).toBe("Reuters");
  });
});

describe("closing notices and sign-offs", () => {
  it("reads the publisher of a copyright or first-ran notice on the last lines", () => {
    expect(read(enTitle + enBody + "\n© 2027 The Coast Ledger\n").source).toBe("The Coast Ledger");
    expect(closingNotice("Copyright © The Coast Ledger 2027. All rights reserved.")).toBe("The Coast Ledger");
    expect(closingNotice("جميع الحقوق محفوظة لصحيفة الرأي الحر © 2027")).toBe("صحيفة الرأي الحر");
    expect(closingNotice("نُشر هذا المقال أولاً في مجلة الساحل")).toBe("مجلة الساحل");
    expect(closingNotice("The minister said the road would cut travel times.")).toBeNull();
  });

  it("reads a bracketed sign-off with the editor's initials after it", () => {
    expect(withoutEditorInitials("(واج) ع.س")).toBe("(واج)");
    expect(read(title + body + "\n(واج) ع.س\n").source).toBe("واج");
  });
});
