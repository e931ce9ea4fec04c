import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-15" });

describe("a statement of intent signed", () => {
  it("is an agreement of those who signed it", () => {
    const x = read(
      "Pledge on coastal training",
      "",
      "Irish Defence Minister Conor Mulcahy and his Portuguese counterpart, Tomás Figueira, signed a statement of intent on Wednesday on joint coastal training.",
    );
    expect(x.events.filter((e) => e.type === "agreement").map((e) => e.participants)).toEqual([["Conor Mulcahy", "Tomás Figueira"]]);
  });
});

describe("a family name two persons of the story share", () => {
  it("names the one who took part before in the welcome it is said in", () => {
    const x = read(
      "Ministers meet at Kallax",
      "",
      "Finnish Defence Minister Aino Sarkola and her Swedish counterpart, Nils Brandt, signed an agreement on Tuesday on air surveillance.",
      "",
      "Sarkola landed at Kallax air base in the morning and was welcomed by Brandt and the base commander, Colonel Elsa Brandt, before the two ministers sat down for talks.",
    );
    const welcome = x.events.find((e) => e.type === "reception");
    expect(welcome?.participants).toContain("Nils Brandt");
  });

  it("is a speaker whose words name no talks of the story", () => {
    const x = read(
      "Ministers meet at Kallax",
      "",
      "Finnish Defence Minister Aino Sarkola and her Swedish counterpart, Nils Brandt, signed an agreement on Tuesday on air surveillance.",
      "",
      "The base commander, Colonel Elsa Brandt, showed the ministers the new hangars.",
      "",
      "Brandt said Prime Minister Oskar Lind would discuss the plans further when he meets President Marja Koski in Helsinki next month.",
    );
    expect(x.events.some((e) => e.participants.includes("Oskar Lind"))).toBe(false);
  });
});

describe("talks a pronoun's words tell", () => {
  it("are the speaker's account, no meeting of the story", () => {
    const x = read(
      "Ministers meet at Kallax",
      "",
      "Finnish Defence Minister Aino Sarkola and her Swedish counterpart, Nils Brandt, signed an agreement on Tuesday on air surveillance.",
      "",
      "Brandt said the agreement would let both air forces share radar data. He added that Prime Minister Oskar Lind had discussed the radar plans in a call with President Marja Koski last month.",
    );
    expect(x.events.some((e) => e.participants.includes("Marja Koski"))).toBe(false);
  });
});

describe("an arrival told as history with nobody of its own named", () => {
  it("moves no visit of the story to the place it names", () => {
    const x = read(
      "Minister tours air wing",
      "",
      "Dutch Defence Minister Pieter Vos visited the air wing on Tuesday with its commander, Colonel Elsa Brandt.",
      "",
      "Sweden sent its old trainer jets to Latvia in 2024, and its pilots have since trained in Finland until the arrival of new aircraft.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).not.toBe("Latvia");
  });
});
