import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-08-12" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other").map((e) => `${e.participants.join(" + ")} {${e.countries.join(",")}} @ ${e.location ?? "-"}`);

describe("an earlier happening told in a clause", () => {
  it("involves the states its own clause names, which the article is not about for that", () => {
    const x = read(
      "تمرين بحري مشترك بين ماليزيا وإندونيسيا",
      "اختتمت القوات البحرية الماليزية والإندونيسية اليوم تمرينا مشتركا في مضيق ملقا.",
      "وجاء التمرين بعد أسبوعين من اصطدام سفينة صينية بزورق فيتنامي قرب جزر باراسيل.",
    );
    expect(others(x)).toContain(" {CN,VN} @ جزر باراسيل");
    expect(x.countries).not.toContain("CN");
  });

  it("is an attack when someone opened fire, but a ceasefire is none", () => {
    const x = read(
      "وزير الدفاع المالي يزور نيامي",
      "وصل وزير الدفاع المالي ساديو كامارا اليوم إلى نيامي في زيارة رسمية، وتأتي الزيارة بعد أسابيع من إطلاق نار على دورية قرب بلدة أيورو.",
      "وبحث الوزير مع نظيره النيجري سالفو مودي تثبيت وقف إطلاق نار هش في المنطقة.",
    );
    expect(others(x)).toEqual([" {NE} @ أيورو"]);
  });
});

describe("an attack told with nobody named", () => {
  it("takes no one from the sentence before", () => {
    const x = read(
      "Thailand and Cambodia agree to reopen crossing",
      "Thai army chief Gen. Anucha Srisuk and Cambodian commander Gen. Sok Vanna met in Aranyaprathet on Monday and agreed to reopen the crossing.",
      "The crossing was shut after a landmine blast near the village of Ban Nong Ya wounded two Thai rangers.",
    );
    expect(others(x).map((e) => e.split(" {")[0])).toEqual([""]);
  });
});

describe("an earlier happening's clause", () => {
  it("ends before another clause opened by 'بعد' after a comma: the states of the talks after it took no part", () => {
    const events = extractArticle({
      text: "إفراج عن بحارة\n\nأعلنت البحرية الغانية اليوم السبت الإفراج عن ستة بحارة من طاقم سفينة الشحن \"نجمة الساحل\" التي هاجمها قراصنة قبالة ميناء تيما قبل ثلاثة أسابيع، بعد اتصالات شاركت فيها السلطات النيجيرية والتوغولية.",
      publishedHint: "2027-03-06",
    }).events;
    expect(events[1]?.countries).toEqual(["GH"]);
  });
});
