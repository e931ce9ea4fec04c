import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a diplomat's state is not the state he is posted to", () => {
  it("leaves the host of an ambassador listed after the host's minister to the other side", () => {
    const x = extractArticle({
      text: "اتفاق لصيانة السفن\n\nأثينا 3 مارس 2027 (وام) - وقعت شركة إماراتية اليوم اتفاقا مع شركة يونانية لصيانة السفن.\n\nوحضر التوقيع عن الجانب الإماراتي المهندس حمد سعيد المنصوري، بحضور وزير الدفاع اليوناني نيكوس باباديميتريو وسفير الدولة لدى اليونان سالم خليفة الظاهري.\n\nوتعد الإمارات من أكبر شركاء اليونان التجاريين.",
    });
    const state = (n: string) => x.persons.find((p) => p.name === n)?.country;
    expect(state("سالم خليفة الظاهري")).toBe("AE");
  });

  it("reads the capital after في in an attaché's role as the host, for him and whoever is listed with him", () => {
    const x = extractArticle({
      text: "مباحثات عسكرية أردنية إسبانية\n\nبحث السفير الأردني في مدريد، زيد فارس العمري، مع مسؤول في وزارة الدفاع الإسبانية، سبل تعزيز التعاون بين الأردن وإسبانيا.\n\nوحضر اللقاء الذي عقد بمقر وزارة الدفاع الإسبانية الملحق العسكري بسفارة المملكة في مدريد العقيد ماهر سليم الحديد، والمستشار الإعلامي بالسفارة رامي وليد الخطيب.",
    });
    const state = (n: string) => x.persons.find((p) => p.name === n)?.country;
    expect(state("ماهر سليم الحديد")).toBe("JO");
    expect(state("رامي وليد الخطيب")).toBe("JO");
  });
});

describe("an international body's officer", () => {
  it("serves no state for the state the body sent him to", () => {
    const x = extractArticle({
      text: "لقاء في عدن\n\nبحث محافظ عدن أمس مع رئيس بعثة المنظمة الدولية للهجرة في اليمن توماس برغمان أوضاع النازحين في المحافظة.",
    });
    expect(x.persons.find((p) => p.name === "توماس برغمان")?.country).toBeNull();
  });
});

const postedPerson = (text: string, name: string) => extractArticle({ text: "خبر\n\n" + text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("the capital an ambassador is posted in, written with ب", () => {
  it("is the host, not the state he serves", () => {
    const p = postedPerson("الرباط - وكالات - وحضر اللقاء سفير المملكة المغربية بفيينا، السيد كريم ادريس الوزاني، وعدد من المسؤولين.", "كريم ادريس الوزاني");
    expect(p?.country).toBe("MA");
  });
});

describe("an ambassador posted to a state and to a union of states", () => {
  it("serves the state his office names first", () => {
    const p = postedPerson("وحضر التوقيع سفير دولة الكويت لدى بلجيكا والاتحاد الأوروبي، يوسف خالد الرومي، وعدد من الدبلوماسيين.", "يوسف خالد الرومي");
    expect(p?.country).toBe("KW");
  });

  it("leaves the union's own ambassador to no state", () => {
    const p = postedPerson("وحضر التوقيع سفير الاتحاد الأوروبي لدى الأردن، أحمد سالم العلوي، وعدد من الدبلوماسيين.", "أحمد سالم العلوي");
    expect(p?.country).toBeNull();
  });
});
