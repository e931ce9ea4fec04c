import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (body: string) =>
  extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" }).persons.map((p) => [p.name, p.rank, p.role]);

describe("an English office set off by a comma before the name it describes", () => {
  it("reads a lower-case office after a possessive or 'the'", () => {
    expect(read("The yard will refit the pier, the company's chief executive, Lena Haugen, told reporters.")).toEqual([["Lena Haugen", null, "chief executive"]]);
    expect(read("The contract was signed by the ministry's secretary-general, Datuk Aziz Rahman, on Monday.")).toEqual([["Aziz Rahman", "Datuk", "secretary-general"]]);
  });

  it("keeps the body the office is of, and an acronym before it, with the rank after the comma", () => {
    expect(read("The delegation included the commander of the Northern Military Command, Maj. Gen. Budi Santoso, on Monday.")).toEqual([
      ["Budi Santoso", "Maj. Gen.", "commander of the Northern Military Command"],
    ]);
    expect(read("The KFOR force commander, Lieutenant General Marco Bellini, flew to the camp.")).toEqual([["Marco Bellini", "Lieutenant General", "KFOR force commander"]]);
  });

  it("keeps a lower-case field after 'of the' up to the comma before a rank and a name", () => {
    expect(read("At the camp the commander of the engineering battalion, Major Ion Popa, showed the new bridges.")).toEqual([
      ["Ion Popa", "Major", "commander of the engineering battalion"],
    ]);
  });

  it("keeps the place an office is held in, and the capitalized body that owns it", () => {
    expect(read("The agency was worried. Its representative in Oslo, Maria Strand, urged calm.")).toEqual([["Maria Strand", null, "representative in Oslo"]]);
    expect(read("The Arab League's special envoy for the Sahel, Omar Diallo, welcomed the deal.")).toEqual([["Omar Diallo", null, "Arab League's special envoy for the Sahel"]]);
  });

  it("gives an international body's official no state", () => {
    const x = extractArticle({ text: "Test report\n\nThe Arab League's special envoy for the Sahel, Omar Diallo, met Kenyan officials in Nairobi.\n" });
    expect(x.persons.map((p) => [p.name, p.country])).toEqual([["Omar Diallo", null]]);
  });

  it("keeps the body that owns the office among the organizations", () => {
    const x = extractArticle({ text: "Test report\n\nThe Arab League's special envoy for the Sahel, Omar Diallo, welcomed the deal.\n" });
    expect(x.organizations.map((o) => o.name)).toEqual(["Arab League"]);
  });

  it("reads no office when no name follows the comma", () => {
    expect(read("After talks with the company's chief executive, the minister left. Omar Diallo said nothing.").map((p) => p[2])).toEqual([null]);
  });
});

describe("an English office's field of mixed case set off before a name", () => {
  it("keeps a field that runs over lower-case words and a place before the comma", () => {
    expect(read("Later the head of the river ferry post in Kayes, Captain Oumar Sangho, showed them the new pontoon.")).toEqual([
      ["Oumar Sangho", "Captain", "head of the river ferry post in Kayes"],
    ]);
  });

  it("reads a prefect as an office, its area after 'of'", () => {
    const rows = read("The prefect of Borgou, Justine Adjovi, welcomed the delegation at the airport.");
    expect(rows).toContainEqual(["Justine Adjovi", null, "prefect of Borgou"]);
  });
});

describe("an office whose field holds a state's possessive and capitalized common words", () => {
  it("reads the field up to the comma before a rank printed as a common word (The commander of X's Armed Forces, General Y)", () => {
    const text = "Border talks\n\nThe commander of Peru's Armed Forces, General Luis Ramos, and the governor of Tumbes also attended the meeting.";
    const p = extractArticle({ text, fileName: "t.txt" }).persons.find((x) => x.name === "Luis Ramos");
    expect(p).toMatchObject({ rank: "General", role: "commander of Peru's Armed Forces" });
  });
});

describe("a lower-case office set off before a name, opened by a nationality or a hyphened word", () => {
  it("keeps the nationality and the capital a defence attaché is posted in", () => {
    expect(read("The talks were attended by the Spanish defence attaché in Zagreb, Colonel Luis Marrano, and by two aides.")).toContainEqual(["Luis Marrano", "Colonel", "Spanish defence attaché in Zagreb"]);
  });

  it("reads a vice-president of the bank named before, with his field", () => {
    const text = "The Andean Development Bank approved a loan on Monday. Later in the day the minister and the bank's vice-president for operations, Carlos Ferrandi, signed the loan.";
    expect(read(text)).toContainEqual(["Carlos Ferrandi", null, "vice-president for operations of the Andean Development Bank"]);
  });
});
