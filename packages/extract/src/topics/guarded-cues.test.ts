import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text }).topics;

describe("words of any trade tell the arms industry only beside a word of force", () => {
  it("reads a bridge built by a contractor as no arms industry", () => {
    const t = topics("New river bridge opens in the northern town\n\nA new river bridge built by a Korean contractor was opened on Tuesday, cutting the drive to the market by an hour.\n\nThe builder and the roads agency signed a contract for a second bridge downstream.");
    expect(t).not.toContain("defense-industry");
  });

  it("reads frigates built by a shipyard as the arms industry", () => {
    const t = topics("Navy to receive two frigates next year\n\nThe two frigates, to be built by a state shipyard on the coast, will join the navy in the spring, the defence ministry said.");
    expect(t).toContain("defense-industry");
  });

  it("reads a deal in a story about warships as the arms industry, in Arabic too", () => {
    expect(topics("البرلمان يقر صفقة فرقاطات جديدة\n\nأقر البرلمان مساء الخميس صفقة بقيمة ملياري يورو.")).toContain("defense-industry");
    expect(topics("افتتاح سوق جديدة للخضار في المدينة\n\nووقعت البلدية صفقة مع شركة محلية لتوسيع السوق العام المقبل.")).not.toContain("defense-industry");
  });
});

describe("training and the exchange of expertise of any trade are no defence topics", () => {
  it("reads curators trained in a museum story as neither training nor military cooperation", () => {
    const t = topics("افتتاح معرض للخط العربي في المتحف الوطني\n\nافتتحت الوزيرة أمس معرضا للخط العربي في المتحف الوطني بالعاصمة.\n\nووقعت الوزيرة مع مدير المتحف مذكرة تفاهم لتبادل الخبرات في صون المخطوطات وتدريب أمناء المتاحف.");
    expect(t).not.toContain("training");
    expect(t).not.toContain("military-cooperation");
  });

  it("reads workers trained for a market as no training", () => {
    expect(topics("Town council backs new fish market\n\nThe council said the market must hire and train local workers before it opens in the spring.")).not.toContain("training");
  });

  it("keeps training and expertise exchanged by forces or police", () => {
    expect(topics("Army to train cadets abroad\n\nThe army said it would train 40 officers at the academy next year.")).toContain("training");
    expect(topics("خبر\n\nوقع الوزيران مذكرة تفاهم في مجال التدريب الشرطي ومكافحة الجرائم الإلكترونية.")).toContain("training");
    expect(topics("قائد الجيش يستقبل وفدا أجنبيا\n\nبحث الجانبان سبل تبادل الخبرات بين القوات المسلحة في البلدين.")).toContain("military-cooperation");
  });
});
