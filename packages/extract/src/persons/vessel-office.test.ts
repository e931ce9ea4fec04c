import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Sentences written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-05-03" }).persons;

describe("the commander of a ship named in the sentence", () => {
  it("reads 'قائدها' after a ship named in quotes as the ship's commander, of its navy's state", () => {
    const persons = read(
      'زيارة\n\nصعد وزير الدفاع على متن المدمرة البرازيلية "سانتا كروز" الراسية في ميناء الدمام، حيث قدم قائدها الكابتن فرناندو ألميدا شرحًا عن مهامها.',
    );
    const p = persons.find((x) => x.name === "فرناندو ألميدا");
    expect(p?.role).toBe("قائد المدمرة البرازيلية سانتا كروز");
    expect(p?.country).toBe("BR");
  });

  it("prefers the ship to a body named after it in a clause of the same sentence", () => {
    const persons = read('زيارة\n\nوصعد الوزيران على متن الكورفيت "حائل" التي تبنيها الشركة للقوات البحرية الملكية السعودية، واستمع من قائدها المقدم البحري خالد بن فهد العتيبي إلى شرح.');
    expect(persons.find((x) => x.name === "خالد بن فهد العتيبي")?.role).toBe("قائد الكورفيت حائل");
  });

  it("reads 'بقيادة' right after a ship's name as its command", () => {
    const persons = read('زيارة\n\nوكانت المدمرة قد وصلت أمس يرافقها زورق الدورية السعودي "النجم" بقيادة المقدم البحري سعد بن فهد القحطاني، وذلك بعد تمرين.');
    const p = persons.find((x) => x.name === "سعد بن فهد القحطاني");
    expect(p?.role).toBe("قائد زورق الدورية السعودي النجم");
    expect(p?.country).toBe("SA");
  });

  it("leaves a base's commander to the base when no ship is named in the sentence", () => {
    const persons = read("زيارة\n\nوكان في استقبال الوزير لدى وصوله إلى قاعدة الملك عبدالعزيز البحرية قائدها، اللواء البحري ماجد سالم الحربي.");
    expect(persons.find((x) => x.name === "ماجد سالم الحربي")?.role ?? "").not.toContain("المدمرة");
  });
});

describe("a ship's commander pointed at by 'قائدها'", () => {
  it("commands the ship the sentence before named, said again by its noun", () => {
    const p = read(
      "خبر\n\nورست سفينة الدورية العمانية «الصمود» في الميناء صباح اليوم. وتجول الوزير على السفينة برفقة قائدها المقدم البحري سالم حمد الريامي، الذي شرح مهامها.",
    ).find((x) => x.name === "سالم حمد الريامي");
    expect(p).toMatchObject({ role: "قائد سفينة الدورية العمانية الصمود", country: "OM" });
  });

  it("commands a carrier or a ship named by what it does and an adjective of it", () => {
    const x = read(
      "خبر\n\nوصعد الوزير إلى متن حاملة المروحيات «الجبل» حيث استقبله قائدها العقيد البحري كمال فريد الزين. ثم زار سفينة الإنزال البرمائية «الرمال» واستمع من قائدها المقدم البحري هاني سامي العلي إلى شرح.",
    );
    expect(x.find((p) => p.name === "كمال فريد الزين")?.role).toBe("قائد حاملة المروحيات الجبل");
    expect(x.find((p) => p.name === "هاني سامي العلي")?.role).toBe("قائد سفينة الإنزال البرمائية الرمال");
  });
});
