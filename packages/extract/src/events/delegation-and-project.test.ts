import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-14" });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);

describe("a delegation named by its state's nisba", () => {
  it("is the head of the delegation of that state named before, also by a nisba that is a common word too", () => {
    const x = read(
      "مباحثات",
      "",
      "نواكشوط، 14 أبريل 2027 (وما) – بحث وزير الدفاع سيدي ولد الطالب اليوم الأربعاء في نواكشوط مع وفد عسكري مالي يقوده أمادو كوني، رئيس أركان الجيوش المالية، تأمين الحدود.",
      "",
      "وأكد الوزير حرص بلاده على التعاون مع الجيران.",
      "",
      "وكان الوفد المالي قد زار أمس الثلاثاء مدينة كيفة، حيث تفقد مخيما للاجئين.",
    );
    const visits = ofType(x, "visit");
    expect(visits.map((e) => e.participants)).toEqual([["أمادو كوني"]]);
    expect(visits[0]?.date).toBe("2027-04-13");
  });
});

describe("a place closing what a deal is to develop", () => {
  it("is the project's site, not where the deal was signed", () => {
    const x = read(
      "Miner signs lithium deal",
      "",
      "SANTIAGO, April 14 (Reuters) - Chilean miner Andes Litio has signed a deal with state firm Cobre Norte to develop lithium at a salt flat in the Atacama region, the two companies said.",
    );
    const deals = ofType(x, "agreement");
    expect(deals).toHaveLength(1);
    expect(deals[0]?.location).toBe("Santiago");
  });
});
