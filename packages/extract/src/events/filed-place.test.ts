import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.location);

describe("the dateline's place as the last resort", () => {
  it("places a later reception that names no place at the dateline's city", () => {
    const x = extractArticle({
      text: "قائد الدفاع المدني يبحث التعاون مع وفد تونسي\n\nعمان 4 آذار (بترا)- بحث مدير الدفاع المدني اللواء الركن سامر عودة الحمايدة، اليوم الأربعاء، مع وفد من الحماية المدنية التونسية يرأسه العميد كمال بن صالح سبل تطوير التعاون.\n\nإلى ذلك، استقبل رئيس لجنة الأمن النيابية النائب فارس نعيم الطراونة الوفد التونسي، وبحث معه التعاون البرلماني.\n",
    });
    expect(placesOf(x, "reception")).toEqual(["عمان"]);
  });

  it("takes a city-state's dateline too", () => {
    const x = extractArticle({
      text: "رئيس الأركان يبحث التعاون مع وفد عماني\n\nالكويت - 3 - 4 (كونا) -- بحث رئيس الأركان العامة الفريق الركن ناصر بدر العنزي اليوم الأحد مع وفد من الجيش السلطاني العماني يرأسه العميد الركن سالم بن حمد الهنائي سبل تطوير التعاون.\n\nإلى ذلك، استقبل رئيس لجنة الدفاع البرلمانية النائب خالد مبارك العتيبي الوفد العماني، وبحث معه التعاون البرلماني.\n",
    });
    expect(placesOf(x, "reception")).toEqual(["الكويت"]);
  });
});
