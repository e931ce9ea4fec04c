import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons;

describe("the nationality of the body a delegation comes from", () => {
  it("is the guests', not the host's", () => {
    const found = persons(
      "البرلمان يصادق على اتفاقية\n\nنواكشوط – سامي ولد أحمد\nالخميس ٢٠ ذو القعدة ١٤٤٧هـ\n\nوفي سياق متصل، استقبل قائد الأركان العامة للجيوش الفريق محمد الأمين ولد سيداتي، أمس الأربعاء في نواكشوط، وفداً من الجيش السنغالي برئاسة الجنرال مامادو سال قائد المنطقة العسكرية الرابعة.",
    );
    expect(found.find((p) => p.name === "محمد الأمين ولد سيداتي")?.country).toBe("MR");
    expect(found.find((p) => p.name === "مامادو سال")?.country).toBe("SN");
  });
});

describe("the nationality of a body of several words a delegation comes from", () => {
  it("is the guests', not the host minister's ('وفدا من القوات البحرية الكينية')", () => {
    const found = persons(
      "تعاون بحري\n\nالقاهرة - وكالات\n\nوالتقى وزير الداخلية كريم حسن داود أمس وفدا من القوات البحرية الكينية يتقدمه قائدها الفريق ماهر علي سليم.",
    );
    expect(found.find((p) => p.name === "كريم حسن داود")?.country).toBe("EG");
    expect(found.find((p) => p.name === "ماهر علي سليم")?.country).toBe("KE");
  });
});
