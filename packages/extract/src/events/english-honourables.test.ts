import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2031-05-09" });

describe("English honourables and engineers, and the part of the day after an occasion", () => {
  it("reads 'Hon. X' as a person, the period of 'Hon.' ending no sentence", () => {
    const x = read("Clinic", "", "PORTVILLE - A new clinic was opened on Wednesday by the Premier, Hon. Marcus Tellwright, and the Health Minister, Dr Ada Quenby.");
    expect(x.persons.map((p) => p.name)).toContain("Marcus Tellwright");
    expect(x.events.find((e) => e.type === "other")?.participants).toEqual(expect.arrayContaining(["Marcus Tellwright", "Ada Quenby"]));
  });

  it("reads 'the Hon X' (no period) as a person too, with no rank", () => {
    const x = read("Talks", "", "Minister for Trade the Hon Oriel Vantage met the President of Lomara, Dr Bastien Fell, in Portville on Tuesday.");
    const p = x.persons.find((q) => q.name === "Oriel Vantage");
    expect(p).toBeDefined();
    expect(p?.rank ?? null).toBeNull();
  });

  it("does not end a sentence at the period of 'Eng.' or 'Hon.'", () => {
    const doc = buildDoc("The deal was signed by Eng. Omar Haddad and by Hon. Ada Quenby at the Treasury.", "en");
    expect(doc.sentences).toHaveLength(1);
  });

  it("dates 'Later in the afternoon, …' to the day of the occasion told before", () => {
    const x = read(
      "Visit",
      "",
      "PORTVILLE - Foreign Minister Lena Hartwick and her Lomaran counterpart Pavel Orsk signed a fisheries agreement in Portville on Tuesday.",
      "",
      "Hartwick said the agreement would \"keep both fleets honest\".",
      "",
      "Later in the afternoon, Hartwick held talks with Prime Minister Ivo Brandel at his office.",
    );
    expect(x.events.find((e) => e.type === "meeting" && e.participants.includes("Ivo Brandel"))?.date).toBe("2031-05-06");
  });
});
