import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons;
const person = (text: string, name: string) => persons(text).find((p) => p.name === name);

describe("Arabic offices of scholars, coordinators and aides set off after or before a name", () => {
  it("a professor's chair after the name is his office, and the verb of his view no part of the name", () => {
    const text = "ويرى سامر عادل الخطيب، أستاذ القانون الدولي في جامعة النهرين، أن الاتفاق لن يصمد طويلا دون رقابة.";
    const p = person(text, "سامر عادل الخطيب");
    expect(p?.role).toBe("أستاذ القانون الدولي في جامعة النهرين");
    expect(p?.country).toBeNull();
  });

  it("a woman researcher at a university serves no state", () => {
    const text = "وقالت نورة سليم الحامد، الباحثة في جامعة قرطاج، إن الحوادث تكشف ضعف الرقابة على السفن في تونس.";
    const p = person(text, "نورة سليم الحامد");
    expect(p?.role).toBe("الباحثة في جامعة قرطاج");
    expect(p?.country).toBeNull();
  });

  it("a woman coordinator after her name, with the verb she is the subject of before it", () => {
    const text = "من جانبه، أعلن الصندوق تعليق برامجه في الإقليم، ووصفت هالة يوسف الشامي، منسقة الصندوق في كينيا، القرار بأنه مؤقت.";
    expect(person(text, "هالة يوسف الشامي")?.role).toBe("منسقة الصندوق في كينيا");
  });

  it("an aide to a minister before a rank and a name", () => {
    const text = "عقدت اللجنة المشتركة اجتماعها الأول اليوم برئاسة معاون وزير الداخلية العميد سامي نديم حداد عن الجانب الأردني.";
    expect(person(text, "سامي نديم حداد")?.role).toBe("معاون وزير الداخلية");
  });
});
