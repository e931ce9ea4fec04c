import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("a national agency of a state far from the Arab world", () => {
  it("is the source of a dateline signed by it, between slashes or in brackets", () => {
    const slashed = extractArticle({ text: "Ministers sign a plan\n\nBalti, 3 May 2027 /MOLDPRES/ - The two ministers on Monday signed a plan for joint drills.\n\n/MOLDPRES/ - A.B." });
    expect(slashed.source).toBe("MOLDPRES");
    expect(slashed.published).toBe("2027-05-03");
    const bracketed = extractArticle({ text: "Court fines miner\n\nKrakow, 3 May 2027 (PAP) - A court fined a mining company on Monday for polluting a river." });
    expect(bracketed.source).toBe("PAP");
  });
});

describe("a dateline closed by a colon after the agency's brackets", () => {
  it("gives the published date", () => {
    const x = extractArticle({ text: "Floods cut a highway\n\nPokhara, 4 July 2027 (RSS): Floods cut the highway near the town on Sunday, police said.\n\nRepair crews were sent to clear the road." });
    expect(x.published).toBe("2027-07-04");
    expect(x.source).toBe("RSS");
  });
});

describe("an agency that signs before the place it files from", () => {
  it("is the source of 'وطنية - PLACE -' opening the report", () => {
    const x = extractArticle({ text: "افتتاح سوق للحرفيين\n\nوطنية - صور - افتتح محافظ الجنوب سليم الخوري، اليوم، سوقا للحرفيين في المدينة القديمة بحضور فعاليات بلدية واقتصادية." });
    expect(x.source).toBe("وطنية");
  });
});
