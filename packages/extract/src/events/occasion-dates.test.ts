import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-02-10" }).events;

describe("a visit or an agreement without a date takes the date of its meeting", () => {
  it("the agreement signed at the dated talks", () => {
    const x = events(
      "وزيرا دفاع البحرين وكينيا يبحثان التعاون\n\nالتقى وزير الدفاع البحريني خالد يوسف اليوم الثلاثاء في المنامة مع وزير الدفاع الكيني سامسون أوتينو، وبحث الجانبان سبل تطوير التعاون الدفاعي.\n\nكما وقع وزير الدفاع البحريني مع نظيره الكيني مذكرة تفاهم للتعاون في مجال التدريب العسكري.",
    );
    const meeting = x.find((e) => e.type === "meeting");
    const agreement = x.find((e) => e.type === "agreement");
    expect(meeting?.date).toBe("2026-02-10");
    expect(agreement?.date).toBe("2026-02-10");
  });

  it("the visit during which its visitor met, but not another meeting", () => {
    const x = events(
      "Kenyan army chief in Manama\n\nMANAMA — Bahraini Chief of Staff Gen. Khalid Yousif on Tuesday received Kenyan Chief of Defence Forces Gen. Samson Otieno in Manama.\n\nThe talks took place during Otieno's visit to Bahrain at the invitation of the Bahraini side.\n\nIn another meeting, Otieno discussed training programmes with Brig. Gen. Fahad Rashid, commander of the Royal Guard.",
    );
    const visit = x.find((e) => e.type === "visit");
    expect(visit?.date).toBe("2026-02-10");
    const other = x.find((e) => e.type === "meeting" && e.participants.includes("Fahad Rashid"));
    expect(other).toBeDefined();
    expect(other!.date).toBeNull();
  });
});

describe("a meeting told right after a dated visit takes the visit's day", () => {
  it("the visitor's talks where the visit went, told in the next sentence", () => {
    const x = events(
      "وزير الدفاع الليبي في تونس\n\nبدأ وزير الدفاع الليبي سالم الفيتوري اليوم زيارة رسمية إلى تونس تستمر يومين.\n\nوعقد الفيتوري في تونس جلسة مباحثات مع رئيس أركان الجيش التونسي الفريق منير الهمامي حول تأمين الحدود.",
    );
    expect(x.find((e) => e.type === "meeting")?.date).toBe("2026-02-10");
  });

  it("but not a meeting told later in the article", () => {
    const x = events(
      "وزير الدفاع الليبي في تونس\n\nبدأ وزير الدفاع الليبي سالم الفيتوري اليوم زيارة رسمية إلى تونس تستمر يومين.\n\nويضم الوفد ضباطا من قيادة حرس الحدود ومديرية الاستخبارات العسكرية.\n\nوعقد الفيتوري في تونس جلسة مباحثات مع رئيس أركان الجيش التونسي الفريق منير الهمامي حول تأمين الحدود.",
    );
    expect(x.find((e) => e.type === "meeting")?.date).toBeNull();
  });
});
