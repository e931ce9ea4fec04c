import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const place = (x: ReturnType<typeof extractArticle>, type: string) => x.events.find((e) => e.type === type)?.location ?? null;

describe("where an occasion happened", () => {
  it("places the lead of a report under a dateline printed on a line of its own at the dateline's city", () => {
    const x = extractArticle({
      text: "قائد القوات البحرية يستقبل نظيره\n\nتونس (وات)\n\nاستقبل الفريق محمود العياري قائد القوات البحرية، اليوم الخميس ٧ مايو ٢٠٢٦، الأميرال باولو روسي قائد البحرية الإيطالية.\n\nوتناول اللقاء سبل تطوير التعاون في مجال الإنقاذ البحري.\n",
    });
    expect(place(x, "meeting")).toBe("تونس");
  });

  it("does not place a meeting at the city of a visit told as what had happened the day before", () => {
    const x = extractArticle({
      text: "قائد القوات البحرية يستقبل نظيره\n\nتونس (وات)\n\nاستقبل الفريق محمود العياري قائد القوات البحرية، اليوم الخميس ٧ مايو ٢٠٢٦، الأميرال باولو ماريني قائد البحرية الإيطالية.\n\nوكان ماريني قد زار أمس الأربعاء ميناء صفاقس، حيث اطلع على تجهيزات الحوض.\n",
    });
    expect(place(x, "meeting")).toBe("تونس");
    expect(place(x, "visit")).toContain("صفاقس");
  });

  it("places what an announcement reports at the place of the reported clause, not where it was announced", () => {
    const x = extractArticle({
      text: "مقتل جنديين في انفجار\n\nوفي العاصمة بماكو، أعلنت وزارة الدفاع المالية في بيان أن جنديين قتلا الأحد في هجوم استهدف دورية قرب مدينة غاو شمال البلاد.\n",
    });
    expect(place(x, "other")).toBe("غاو");
  });

  it("keeps a place named after the reported clause for a meeting told before it", () => {
    const x = extractArticle({
      text: "وزيرا الدفاع يلتقيان\n\nالتقى وزير الدفاع التونسي خالد السهيلي مع نظيره الإيطالي ماركو بيانكي في مدينة نابولي، وأكد السهيلي أن تونس تولي أهمية كبيرة لعلاقتها مع روما.\n",
    });
    expect(place(x, "meeting")).toBe("نابولي");
  });

  it("takes the venue after 'off the coast of'", () => {
    const x = extractArticle({
      text: "Navies begin drill\n\nThe navies of Oman and India began a joint exercise off the coast of Salalah on Sunday, Rear Admiral Vikram Sethi said.\n",
    });
    expect(place(x, "other")).toBe("Salalah");
  });

  it("reads the small city of an English dateline as a city of the state after it, and later mentions as the same place", () => {
    const x = extractArticle({
      text: "Minister visits border town\n\nMAKAMBA, Burundi (AFP) — Gunmen attacked a police post near the border on Sunday, officials said.\n\nDefence Minister Alain Niyonzima flew to Makamba on Monday to meet local commanders.\n",
    });
    const city = x.locations.find((l) => l.name === "Makamba");
    expect(city?.kind).toBe("city");
    expect(city?.country).toBe("BI");
    expect(place(x, "visit")).toBe("Makamba");
    // Whom the visit went to meet is its purpose, not another occasion.
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
  });
});

describe("one occasion, one event", () => {
  it("adds the people a statement says attended the meeting to that meeting instead of telling a new one", () => {
    const x = extractArticle({
      text: "وزير الدفاع يبحث التعاون\n\nبحث وزير الدفاع البحريني عادل المطوع مع رئيس الهيئة الكورية للصناعات الدفاعية بارك جي هون اليوم التعاون في الصناعات الدفاعية.\n\nوذكرت الوزارة في بيان أن اللقاء الذي عقد في مقر الوزارة حضره العميد سامي الدوسري.\n",
    });
    const meetings = x.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toContain("سامي الدوسري");
  });

  it("reads a contract signed ('وقع … عقداً') as an agreement", () => {
    const x = extractArticle({
      text: "توقيع عقد لتوريد زوارق\n\nوقع قائد القوات البحرية اللواء فهد العتيبي اليوم في جدة عقداً مع شركة إيطالية لتوريد ستة زوارق دورية.\n",
    });
    expect(x.events.map((e) => e.type)).toContain("agreement");
  });
});
