import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { expansionOfCode } from "./code-expansion";

// Every line below is written for these tests, not taken from an article.

describe("a minister's media release", () => {
  const text =
    "The Hon Mara Keller MP\nMinister for Trade and Tourism\n\nMEDIA RELEASE\n3 March 2031\n\nNew trade office opens in Port Alder to serve island exporters\n\nMinister for Trade and Tourism Mara Keller today opened a new trade office in Port Alder, which will help small exporters reach markets across the region.\n\nThe office will employ twelve staff and advise firms on customs rules.\n";
  const x = extractArticle({ text });

  it("takes the headline under the label and the date, not the minister's name", () => {
    expect(x.title).toBe("New trade office opens in Port Alder to serve island exporters");
  });

  it("takes the office under the name as the source, not the label", () => {
    expect(x.source).toBe("Minister for Trade and Tourism");
    expect(x.author).toBeNull();
  });
});

describe("an information service's code in the dateline", () => {
  it("reads the code as the name the page prints in full at its top", () => {
    const text =
      "GRIS - Government of Rivermouth Information Service\nPress Release\n\nPort Alder, Rivermouth, March 4th 2031 (GRIS)\n\nNEW CLINIC OPENS IN THE NORTHERN DISTRICT\n\nThe Ministry of Health today opened a new clinic in the northern district, with ten beds and a maternity ward.\n\nThe clinic will serve four villages.\n\n-30-\n";
    expect(extractArticle({ text }).source).toBe("Government of Rivermouth Information Service");
  });

  it("finds capitalized words spelling the code with the small words of a name between", () => {
    expect(expansionOfCode("GRIS", "GRIS - Government of Rivermouth Information Service")).toBe("Government of Rivermouth Information Service");
    expect(expansionOfCode("GR", "Great River")).toBeNull();
    expect(expansionOfCode("GRIS", "no such words here")).toBeNull();
  });
});
