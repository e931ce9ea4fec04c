import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text }).organizations.map((o) => o.name);

describe("bodies named by their state alone", () => {
  it("reads a government named only by its state as the state, no organization", () => {
    expect(orgs("خبر\n\nوقال المتحدث إن الحكومة الليبية \"في حاجة إلى الدعم\"، داعيا حكومة تشاد إلى ضبط حدودها.")).toEqual([]);
    expect(orgs("News\n\nSix soldiers died in the raid, Niger's government said on Monday.")).toEqual([]);
  });

  it("reads a government named by the level it rules at, with its state or alone, as no organization", () => {
    expect(orgs("خبر\n\nوقالت الوزيرة إن الحكومة الفيدرالية سترسل المساعدات، فيما طالبت الحكومة المحلية بمزيد من الخيام، ورحبت الحكومة المركزية الكينية بالخطوة.")).toEqual([]);
  });

  it("reads a division's government called by the division's noun said again as no organization", () => {
    expect(orgs("خبر\n\nوالتقى الوزير رئيس إقليم الساحل في مقر حكومة الإقليم، ثم زار مقر الحكومة الإقليمية الجديد، وعقد اجتماعا بمقر أمانة حكومة الولاية.")).toEqual([]);
  });

  it("keeps a government with a name of its own or a movement's", () => {
    expect(orgs("خبر\n\nوأعلنت حكومة الوفاق الوطني أن حكومة طالبان رفضت العرض.")).toEqual(["حكومة الوفاق الوطني", "حكومة طالبان"]);
  });

  it("reads a state's forces called by its nationality alone as troops, while its armed forces are a body", () => {
    expect(orgs("خبر\n\nوقال البيان إن القوات الهندية ردت على النيران، وإن القوات المسلحة الهندية في حالة تأهب.")).toEqual(["القوات المسلحة الهندية"]);
  });

  it("reads forces named by their mission alone as troops of that mission, no organization", () => {
    expect(orgs("خبر\n\nوتنص المذكرة على تنظيم تمارين مشتركة لقوات حفظ السلام وتبادل المدربين بين مراكز تدريب قوات حفظ السلام في البلدين.")).toEqual([]);
    expect(orgs("خبر\n\nوقال إن جنوده سينضمون إلى قوات حفظ السلام الأممية في الكونغو.")).toContain("قوات حفظ السلام الأممية");
  });
});
