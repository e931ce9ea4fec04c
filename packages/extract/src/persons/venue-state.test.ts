import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const country = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name)?.country;

describe("a person whose office names no state, in a sentence that names a venue", () => {
  it("serves the state of his own ministry, not that of the city he holds talks in", () => {
    const text = "نائبة وزير الخارجية البيروفي تزور مندوزا\n\nليما 3 مارس 2026 (إفي) - أعلنت وزارة الخارجية البيروفية أن نائبة وزير الخارجية ماريا إلينا سوتو عقدت أمس في مدينة مندوزا الأرجنتينية لقاء مع مسؤولين محليين.";
    expect(country(text, "ماريا إلينا سوتو")).toBe("PE");
  });

  it("serves the dateline's state, not that of the capital he will travel to", () => {
    const text = "الجيش النيجيري يعزز الحدود\n\nأبوجا 5 مايو 2026 (رويترز) - قال الجيش النيجيري اليوم إن قواته عززت الحدود.\n\nوأضاف المتحدث أن قائد الجيش الفريق موسى إبراهيم سيتوجه الأسبوع المقبل إلى أكرا لبحث تنسيق الدوريات.";
    expect(country(text, "موسى إبراهيم")).toBe("NG");
  });

  it("does not take the state of the city he came from, and falls back on the destination's", () => {
    const text = "وصل اللواء كريم ناصف إلى مدينة طرابلس اليوم قادما من أنقرة في زيارة قصيرة.";
    expect(country(text, "كريم ناصف")).toBe("LY");
  });

  it("does not take the state another person is 'of' after his name", () => {
    const text = "Peacekeepers visit camp\n\nJUBA, South Sudan, May 2, 2026 (Xinhua) -- Major General Ravi Kumar of India flew to Malakal and met Upper Nile state governor Peter Lual Garang on the camp's safety.";
    expect(country(text, "Peter Lual Garang")).toBe("SS");
  });

  it("does not take the nationality printed before another person's English title", () => {
    const text = "Talks on the waterway\n\nKUWAIT CITY, May 2 (KUNA) -- The deal was reached in Kuwait City at talks between Deputy Foreign Minister Salem Al-Otaibi and a delegation led by Iraqi Transport Minister Karim Hadi.";
    expect(country(text, "Salem Al-Otaibi")).toBe("KW");
  });
});

describe("a state in the headline is no part of the dateline", () => {
  it("gives officials with an untold state the dateline's state, not the headline's", () => {
    const text = "Lawmakers approve deal with Turkey\n\nNAIROBI, Kenya - Kenya's parliament on Wednesday approved a naval training agreement with Turkey.\n\nThe house passed the deal by 180 votes to 9, Speaker Peter Otieno Mwangi said after the session. Turkey's ambassador, Mehmet Ali Kaya, watched the vote.";
    expect(country(text, "Peter Otieno Mwangi")).toBe("KE");
    expect(country(text, "Mehmet Ali Kaya")).toBe("TR");
  });
});
