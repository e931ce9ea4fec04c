import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

describe("the outlet after the date, away from the masthead", () => {
  it("reads an agency in capitals after the place and the day, closed by a full stop", () => {
    const x = extractArticle({
      text: "Georgia opens new customs terminal\n\nTBILISI, MARCH 4, GEOPRESSA. The Revenue Service of Georgia opened a new customs terminal on Thursday near the southern border, officials said.\n\nThe terminal will handle up to 800 trucks a day.\n",
    });
    expect(x.source).toBe("GEOPRESSA");
  });

  it("takes no capitalized word in mixed case after the date for an agency", () => {
    const x = extractArticle({
      text: "Georgia opens new customs terminal\n\nTBILISI, MARCH 4, Officials. The Revenue Service of Georgia opened a new customs terminal on Thursday near the southern border.\n",
    });
    expect(x.source).not.toBe("Officials");
  });

  it("reads the outlet barred off the date under a byline", () => {
    const x = extractArticle({
      text: "Harbour dredging to start next month\n\nBy Mele Fonoti\nIsland Gazette | 14 May 2027\n\nDredging of the main harbour will start next month, the ports authority said on Friday, after years of delay.\n\nThe work is expected to take six weeks.\n",
    });
    expect(x.source).toBe("Island Gazette");
    expect(x.published).toBe("2027-05-14");
    expect(x.author).toBe("Mele Fonoti");
  });
});
