import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

describe("wire metadata", () => {
  it("reads a day-first numeric date when the lead's weekday is that day's", () => {
    const text = "Leaders open a bridge\nPublished on: 05/03/2025 - 10:20\n\nNiamey (AFP) – The presidents of Niger and Benin opened a bridge on the river on Wednesday.";
    expect(extractArticle({ text }).published).toBe("2025-03-05");
    const monthFirst = "Leaders open a bridge\nPublished on: 05/03/2025 - 10:20\n\nNiamey (AFP) – The presidents of Niger and Benin opened a bridge on the river on Saturday.";
    expect(extractArticle({ text: monthFirst }).published).toBe("2025-05-03");
  });

  it("takes the writer from a wire's closing credit and leaves the outlet out of a byline", () => {
    const body = "\n\nThe two ministers discussed fishing quotas and the patrols of the northern coast, officials said after the talks.\n\nA further round is planned for the autumn in the capital, where the coast guard has its headquarters.\n";
    const credit = "Talks end in Oslo on fishing quotas\nOSLO, May 2 (Reuters) - The ministers met on Friday." + body + "\n(Reporting by Ingrid Dahl in Oslo; Editing by Tom Hale)";
    expect(extractArticle({ text: credit }).author).toBe("Ingrid Dahl");
    const byline = "Talks end in Oslo on fishing quotas\nBy INGRID DAHL Associated Press\n\nOSLO, Norway (AP) — The ministers met on Friday." + body;
    expect(extractArticle({ text: byline }).author).toBe("INGRID DAHL");
  });

  it("reads a known agency closing a dated line as the source", () => {
    const text = "اختتام التمرين البحري المشترك بين قطر والكويت في مياه الخليج\n\nالدوحة ١٠ جمادى الآخرة ١٤٤٦هـ الموافق ١١ ديسمبر ٢٠٢٤م قنا\nاختتم التمرين البحري المشترك أمس في المياه الإقليمية بمشاركة وحدات من القوات البحرية في البلدين.\n\nوشمل التمرين تدريبات على تفتيش السفن والتعامل مع الألغام البحرية ورماية بالذخيرة الحية.\n";
    expect(extractArticle({ text }).source).toBe("قنا");
  });

  it("reads a Hijri date and the agency printed between a dateline's two dashes", () => {
    const text = "ولي العهد يستقبل وزير الخارجية البرتغالي في قصر الضيافة\n\nالرياض - ١٢ رجب ١٤٤٦ (واس) -- استقبل ولي العهد اليوم وزير الخارجية البرتغالي في قصر الضيافة، وجرى خلال الاستقبال بحث العلاقات الثنائية.\n\nوحضر الاستقبال عدد من المسؤولين في البلدين.\n";
    const x = extractArticle({ text });
    expect(x.published).toBe("2025-01-12");
    expect(x.source).toBe("واس");
  });
});
