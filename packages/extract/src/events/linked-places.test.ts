import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-11-02" });

describe("the places a route joins are no venue", () => {
  it("places an Arabic seizure at sea, not at the towns the damaged pipeline joins", () => {
    const x = read(
      "السويد تحتجز سفينة شحن",
      "احتجزت البحرية السويدية فجر اليوم الثلاثاء سفينة شحن في بحر البلطيق، للاشتباه في أنها أتلفت خط أنابيب يربط ستوكهولم بريغا.",
    );
    const seizure = x.events.find((e) => e.type === "other");
    expect(seizure?.location).toBe("بحر البلطيق");
  });
});
