import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.location);

describe("the city filed from over its state", () => {
  it("places talks the sentence puts only in the state at the dateline's city of that state", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل نظيره الموريتاني\n\nالقاهرة - وكالات\nاستقبل وزير الدفاع المصري الفريق أول سامي فؤاد الرماح اليوم الأحد نظيره الموريتاني محمد الأمين ولد سيدي الذي يزور مصر حاليا، وبحث الجانبان سبل تطوير التعاون العسكري.\n",
      publishedHint: "2027-03-07",
    });
    expect(placesOf(x, "meeting")).toEqual(["القاهرة"]);
  });

  it("keeps a state another city of which is not filed from", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل نظيره الموريتاني\n\nالرباط - وكالات\nاستقبل وزير الدفاع المصري الفريق أول سامي فؤاد الرماح اليوم الأحد في مصر نظيره الموريتاني محمد الأمين ولد سيدي، وبحث الجانبان سبل تطوير التعاون العسكري.\n",
      publishedHint: "2027-03-07",
    });
    expect(placesOf(x, "meeting")).toEqual(["مصر"]);
  });
});
