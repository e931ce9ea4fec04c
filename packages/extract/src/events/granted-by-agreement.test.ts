import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-04" });

describe("a place in what an agreement grants is no venue of the agreement", () => {
  it("places an Arabic signing in its town, not at the port the agreement lets a navy use", () => {
    const x = read(
      "المغرب وموريتانيا يوقعان اتفاقا بحريا",
      "وقع وزير الدفاع المغربي عبد الرحيم الصقلي ونظيره الموريتاني محمد ولد أحمدو، اليوم الثلاثاء في الرباط، اتفاقا يتيح للبحرية الموريتانية صيانة سفنها في ميناء الدار البيضاء.",
    );
    const signing = x.events.find((e) => e.type === "agreement");
    expect(signing?.location).toBe("الرباط");
  });

  it("does not place an English approval at the base the agreement gives", () => {
    const x = read(
      "Parliament approves naval deal",
      "NOUAKCHOTT, May 4 (Reuters) - Mauritania's parliament on Tuesday approved an agreement that gives Senegal's navy a training base at the port of Nouadhibou, the speaker said.",
    );
    expect(x.events.map((e) => e.location)).not.toContain("Nouadhibou");
  });

  it("does not place a signing in a town named in the clause after 'under which'", () => {
    const x = read(
      "Senegal, Gambia sign trade memorandum",
      "BANJUL, May 4 (Reuters) - Senegal and Gambia signed a memorandum of understanding on Tuesday under which border markets at Ziguinchor will open within a year, officials said.",
    );
    expect(x.events.map((e) => e.location)).not.toContain("Ziguinchor");
  });

  it("still places an agreement told again where its own words say it was signed", () => {
    const x = read(
      "Senegal, Gambia sign patrol deal",
      "Senegal and Gambia signed an agreement on Tuesday that lets their navies patrol together, officials said.",
      "The agreement was signed in Banjul by the two defence ministers.",
    );
    const signing = x.events.find((e) => e.type === "agreement");
    expect(signing?.location).toBe("Banjul");
  });
});
