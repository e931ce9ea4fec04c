import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const body =
  "\n\nبحث وزير النقل مع وفد من البنك الدولي تمويل توسعة الطريق الساحلي، وتناول اللقاء جدول الأشغال ومراحل التنفيذ.\n\nوأكد الوزير أن الأشغال تبدأ في الخريف المقبل بعد استكمال الدراسات الفنية.\n";

describe("dateline bylines and agencies", () => {
  it("takes an agency between the place and a numeric date, never a piece of the date", () => {
    const slashed = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nعدن - وكالات - ١٤/٩/٢٠٢٥" + body });
    expect(slashed.source).toBe("وكالات");
    const isoLike = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nتونس - وات - ٢٠٢٥/٠٩/١٤" + body });
    expect(isoLike.source).toBe("وات");
  });

  it("reads a personal name after the place filed from as the writer, not the source nor a person of the story", () => {
    const x = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nنواكشوط – سيدي محمد ولد الشيخ\nالخميس ٢٠ ذو القعدة ١٤٤٧هـ" + body });
    expect(x.author).toBe("سيدي محمد ولد الشيخ");
    expect(x.source).toBeNull();
    expect(x.persons.map((p) => p.name)).not.toContain("سيدي محمد ولد الشيخ");
  });

  it("still reads an agency after the place filed from as the source", () => {
    const x = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nالرباط - لاماب" + body });
    expect(x.source).toBe("لاماب");
    expect(x.author).toBeNull();
  });

  it("reads the writer after a byline verb that follows the place filed from", () => {
    const x = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nصيدا – كتب سامر الدقاق\nالأحد ٣ أيار ٢٠٢٦" + body });
    expect(x.author).toBe("سامر الدقاق");
    expect(x.source).toBeNull();
  });

  it("skips the state printed in brackets after a small city and takes the agency after it", () => {
    const x = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nورقلة (الجزائر) (رويترز) - بحث وزير النقل مع وفد من البنك الدولي تمويل توسعة الطريق الساحلي.\n\nوأكد الوزير أن الأشغال تبدأ في الخريف المقبل." });
    expect(x.source).toBe("رويترز");
  });

  it("names the agency as the header prints it in full when the dateline signs with its code", () => {
    const text =
      "Ministers agree on a new coastal road\n\nBy Dana Whitfield\nAssociated Press\nMay 4, 2026\n\nLIMASSOL, Cyprus (AP) — The transport minister agreed on Monday with a World Bank team to fund a new coastal road.\n\nWork will start in the autumn, the minister said.\n";
    expect(extractArticle({ text }).source).toBe("Associated Press");
  });
});

describe("a dateline byline with the label خاص (exclusive)", () => {
  it("reads the name after the label as the writer, not a person of the story", () => {
    const x = extractArticle({ text: "تمويل جديد للطريق الساحلي\n\nنيامي – خاص – عبد الحكيم سالم داود" + body });
    expect(x.author).toBe("عبد الحكيم سالم داود");
    expect(x.persons.map((p) => p.name)).not.toContain("عبد الحكيم سالم داود");
  });
});
