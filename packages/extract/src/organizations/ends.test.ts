import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" });
const orgs = (text: string) => read(text).organizations.map((o) => o.name);

describe("phrases that name no body of their own", () => {
  it("reads no construct chain after a definite head printed with و", () => {
    expect(orgs("عنوان\nاتفق البلدان على إنشاء وحدة مشتركة من الدرك والشرطة لمراقبة حدودهما الجنوبية.").some((n) => n.includes("لمراقبة"))).toBe(false);
  });

  it("reads the company with its nationality alone, or a ل complement, as pointing back at a named body", () => {
    const names = orgs("عنوان\nوقع الوزير عقدا مع شركة نوفا تك الصربية، ثم زار مصنع الشركة الصربية في المدينة واطلع على الخدمات التي تقدمها الشركة للسفن التجارية.");
    expect(names).toEqual(["شركة نوفا تك الصربية"]);
    expect(orgs("عنوان\nرفعت الشركة السعودية للكهرباء أسعارها.")).toEqual(["الشركة السعودية للكهرباء"]);
  });

  it("reads the city after a seat as a place, not a body named after it", () => {
    const x = read('عنوان\nوتقول شركة "رمال للاستشارات" ومقرها لاغوس إن الهجمات تراجعت.');
    expect(x.organizations.map((o) => o.name)).toEqual(["شركة رمال للاستشارات"]);
    expect(x.locations.map((l) => l.name)).toContain("لاغوس");
  });

  it("reads foreign or government forces as a description, and the state's adjective as a name", () => {
    expect(orgs("عنوان\nبغداد - دعا البيان إلى خروج القوات الأجنبية من البلاد، وقال إن القوات الحكومية تقدمت نحو المدينة.")).toEqual([]);
    expect(orgs("عنوان\nانسحبت القوات الحكومية السورية من البلدة.")).toEqual(["القوات الحكومية السورية"]);
  });
});

describe("foreign names written in Arabic letters", () => {
  it("runs on through the particles of a European name", () => {
    expect(orgs("عنوان\nزارت الوزيرة حوض السفن التابع لشركة ناباليس دي لا كوستا في الميناء.")).toEqual(["شركة ناباليس دي لا كوستا"]);
  });
});
