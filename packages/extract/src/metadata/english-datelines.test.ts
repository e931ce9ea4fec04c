import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const body = "\n\nThe two navies began a joint exercise on Tuesday, officials said, after talks on training and the sharing of information.\n";

describe("English datelines and bylines", () => {
  it("reads a date parted by dots day first, in English too", () => {
    const x = extractArticle({ text: `Harbour News\n\nNew berth for the island port\n\nBy Clara Nunes | 06.12.2027${body}` });
    expect(x.published).toBe("2027-12-06");
  });

  it("reads the date of a dateline whose town prints its state in brackets, with no dash after the agency", () => {
    const x = extractArticle({ text: `Navies begin exercise\n\nJaffna (Sri Lanka), June 14, 2023 (PTI) The two navies began a joint exercise on Tuesday, officials said.\n` });
    expect(x.published).toBe("2023-06-14");
    expect(x.source).toBe("PTI");
  });

  it("takes no region's short form in brackets after the town for the agency", () => {
    const x = extractArticle({ text: `Border pact signed\n\nHo (V/R), Oct. 12, GNA - Ghana and Togo on Tuesday signed a pact on joint patrols at the border.\n` });
    expect(x.source).toBe("GNA");
  });
});
