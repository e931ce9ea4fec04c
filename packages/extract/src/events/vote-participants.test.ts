import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const votes = (text: string) =>
  extractArticle({ text, publishedHint: "2027-05-06" }).events.filter((e) => e.type === "other").map((e) => e.participants);

describe("those told at a body's vote", () => {
  it("are no parties to it when they are lawmakers, ministers or envoys", () => {
    const x = votes(
      "Kenya's parliament approves border fund\n\nNAIROBI, May 5 (Reuters) - Kenya's parliament on Tuesday approved funding for a new border fence.\n\nOpposition lawmaker John Otieno said the vote had been rushed.",
    );
    expect(x).toEqual([[]]);
  });

  it("keep the one presiding over it", () => {
    const x = votes(
      "Kenya's parliament approves border fund\n\nNAIROBI, May 5 (Reuters) - Kenya's parliament on Tuesday approved funding for a new border fence.\n\nSpeaker Moses Wetangula said the vote had passed by 201 to 40.",
    );
    expect(x).toEqual([["Moses Wetangula"]]);
  });
});

describe("a vote is cast in the chamber of the body that casts it", () => {
  const read = (text: string) => extractArticle({ text, publishedHint: "2026-04-02" }).events.map((e) => [e.countries, e.location]);

  it("takes no state its sentence names as its venue or, for that, as a party", () => {
    expect(read("البرلمان يقر الاتفاقية\n\nعمان - صادق مجلس النواب الأردني، مساء الأحد، بأغلبية 84 نائبا على اتفاقية التعاون الدفاعي الموقعة مع البحرين.")).toEqual([[["JO"], null]]);
  });

  it("leaves out the states named after 'وسط', what it was set against", () => {
    const [countries, location] = read("تصويت\n\nصوّت البرلمان البرتغالي، مساء الخميس، بأغلبية 130 نائبا على تمويل شراء ست مروحيات، وسط انتقادات من المعارضة وتحذيرات من إسبانيا.")[0] ?? [];
    expect(countries).not.toContain("ES");
    expect(location).toBeNull();
  });
});
