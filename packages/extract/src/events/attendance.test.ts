import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-12" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("people who attended an occasion told before", () => {
  const talks = "TARTU, Estonia (Wire) — Estonian Interior Minister Kaarel Tamm met Latvian Interior Minister Ilze Ozola in Tartu on Tuesday to discuss border patrols.";

  it("stay out of the talks when they 'also attended'", () => {
    const x = kinds("Baltic ministers meet", talks, "The mayor of Tartu, Priit Lepik, also attended the talks.");
    expect(x.find((e) => e.startsWith("meeting"))).toBe("meeting: Kaarel Tamm + Ilze Ozola");
  });

  it("stay out of a signing in English, whatever word stands before the verb", () => {
    const x = kinds(
      "Baltic ministers sign",
      "TARTU, Estonia (Wire) — Estonian Interior Minister Kaarel Tamm and Latvian Interior Minister Ilze Ozola signed a border patrol agreement in Tartu on Tuesday.",
      "The mayor of Tartu, Priit Lepik, attended the signing, as did the Latvian ambassador, Janis Berzins.",
    );
    expect(x.find((e) => e.startsWith("agreement"))).toBe("agreement: Kaarel Tamm + Ilze Ozola");
  });

  it("still join the talks when the sentence opens with attendance (وحضر اللقاء)", () => {
    const x = kinds(
      "لقاء عسكري",
      "استقبل رئيس أركان الجيش الفريق سالم الراشدي في مكتبه اليوم الثلاثاء الملحق العسكري الإسباني العقيد خوسيه مارتين.",
      "وحضر اللقاء العميد فهد الكندري مدير العلاقات العسكرية.",
    );
    expect(x.find((e) => e.startsWith("meeting"))).toBe("meeting: سالم الراشدي + خوسيه مارتين + فهد الكندري");
  });

  it("who attended a session stay out of a visit told just before it", () => {
    const x = kinds(
      "لجنة حدودية",
      "كسلا - اختتمت اللجنة المشتركة لولاية كسلا وإقليم تيغراي اليوم اجتماعاتها في كسلا برئاسة الوالي حسن آدم النور ونائب رئيس الإقليم السيد برهاني كحسا.",
      "وعلى هامش الاجتماعات، زار الوفدان أمس سد خشم القربة، حيث قدم لهما مديره المهندس ياسر محمد عثمان شرحا عن تخزين المياه.",
      "وحضر الجلسة الختامية ممثل الأمم المتحدة في الخرطوم السيد بيير لوران.",
    );
    expect(x.find((e) => e.startsWith("visit"))).not.toContain("بيير لوران");
  });

  it("do not stand for the unnamed holders of a meeting", () => {
    const x = kinds(
      "Border meeting in Valga",
      "VALGA, Estonia (Wire) — The heads of the two border services held a meeting in Valga on Monday on smuggling.",
      "Regional governor Marta Kivi attended the meeting.",
    );
    expect(x.filter((e) => e.startsWith("meeting"))).toEqual(["meeting: "]);
  });
});
