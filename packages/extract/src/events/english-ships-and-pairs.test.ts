import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { lastTwoNamed } from "./pair-of-officers";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2031-05-08" }).events;

describe("a warship that came into port", () => {
  const events = read(
    "Navy ship calls at Port Louis",
    "PORT LOUIS, Mauritius - Home Affairs Minister Anil Jugnauth met the Indian High Commissioner, Ravi Menon, at his office on Tuesday to discuss coastal radar.",
    "The Indian Navy survey ship INS Sandhayak also arrived at the Port Louis harbour on Tuesday, and her crew will chart the approaches to the harbour.",
    "On Wednesday the offshore patrol vessel INS Sarayu anchored off Grand Baie.",
  );

  it("a ship named by its prefix that arrived is a happening with nobody, no visit of the ship", () => {
    const arrival = events.find((e) => e.type === "other" && e.summary.includes("Sandhayak"));
    expect(arrival?.participants).toEqual([]);
    expect(events.some((e) => e.participants.some((p) => p.startsWith("INS")))).toBe(false);
  });

  it("a ship that anchored off a town came into port", () => {
    expect(events.find((e) => e.type === "other" && e.summary.includes("Sarayu"))?.participants).toEqual([]);
  });
});

describe("a ship named by its kind alone, anchored where an occasion took place", () => {
  const events = read(
    "Regatta starts in Funchal",
    "FUNCHAL - The race was started on Sunday by the regional president, Miguel Albuquerque, from the deck of a navy patrol boat anchored off the marina.",
  );

  it("is the place of the occasion, no ship that came in", () => {
    expect(events.some((e) => e.type === "other" && e.participants.length === 0)).toBe(false);
  });
});

describe("the two men who signed", () => {
  const events = read(
    "Loan for Kingstown wharf",
    "KINGSTOWN - Prime Minister Ralph Gonsalves switched on the new harbour lights on Thursday evening, standing beside the bank's vice-president, Omar Haddad.",
    "The two men had signed a loan agreement worth EC$40 million at the Ministry of Finance on Wednesday.",
  );

  it("are the two persons the sentence before named, with no occasion of both told", () => {
    expect(events.find((e) => e.type === "agreement")?.participants).toEqual(["Ralph Gonsalves", "Omar Haddad"]);
  });
});

describe("lastTwoNamed", () => {
  it("takes the last sentence's persons first, then the one before it", () => {
    const named = [[4], [1], [2]];
    expect(lastTwoNamed(3, (v) => named[v]!)).toEqual([1, 2]);
  });

  it("names none when the sentences before name more than two", () => {
    const named = [[], [1, 2, 3]];
    expect(lastTwoNamed(2, (v) => named[v]!)).toEqual([]);
  });
});

describe("a courtesy call and a round with a guide", () => {
  const events = read(
    "Envoy in Apia",
    "APIA, Samoa - New Zealand's Foreign Minister, Peter Hamilton, paid a courtesy call on the Head of State, Tuimalealiifano Sualauvi, at Government House on Tuesday.",
    "A new solar farm at Faleolo was opened on Wednesday by Hamilton and by Samoa's energy minister, Losa Tuala.",
    "They were shown around the control room and the battery halls by the chief engineer, Dr Michael Leota.",
  );

  it("a courtesy call is a meeting", () => {
    expect(events.find((e) => e.type === "meeting")?.participants).toContain("Tuimalealiifano Sualauvi");
  });

  it("a round with a named guide is a visit of its own", () => {
    expect(events.find((e) => e.type === "visit")?.participants).toContain("Michael Leota");
  });
});

describe("visitors taken round by no one named", () => {
  const events = read(
    "Gas plant opens",
    "NOUAKCHOTT - The presidents of two neighbouring states, Amadou Sall and Yacoub Lemine, opened a gas plant off the coast on Saturday.",
    "The two leaders were shown around by executives of the operating company.",
  );

  it("tell how the occasion went, no visit", () => {
    expect(events.some((e) => e.type === "visit")).toBe(false);
  });
});

describe("a guest met on the tarmac", () => {
  const events = read(
    "Minister in Funafuti",
    "FUNAFUTI - Fiji's Home Affairs Minister, Pio Tikoduadua, landed at Funafuti International Airport on Monday and was met on the tarmac by the Secretary to Government, Dr Michael Sopoaga, and a police guard of honour.",
  );

  it("was received on his arrival, no meeting", () => {
    const reception = events.find((e) => e.type === "reception");
    expect(reception?.participants).toEqual(["Pio Tikoduadua", "Michael Sopoaga"]);
    expect(events.some((e) => e.type === "meeting")).toBe(false);
  });
});
