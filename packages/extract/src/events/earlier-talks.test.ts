import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });

describe("a vote told with the talks that came before it", () => {
  const x = read(
    "Committee backs boats deal",
    "",
    "OSLO, Norway, March 2, 2026 (AP) — Norway's parliamentary defence committee on Monday endorsed a plan to buy six patrol boats from a Danish yard, a week after talks on the deal in the port of Bergen.",
    "Deputy Defence Minister Ola Hansen held the Bergen talks with Rear Admiral Lars Jensen, head of Denmark's naval command, and managers of Nordsk Yards, which would build the boats in Aarhus.",
  );

  it("reads the endorsement as a happening of its own, where the committee sits", () => {
    const vote = x.events.find((e) => e.type === "other");
    expect(vote?.date).toBe("2026-03-02");
    expect(vote?.location).toBe("Oslo");
  });

  it("reads the talks as one earlier meeting, where they were held", () => {
    const meetings = x.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.location).toBe("Bergen");
    expect(meetings[0]?.participants).toEqual(["Ola Hansen", "Lars Jensen"]);
  });
});

describe("English port names", () => {
  it("takes the place after 'the Black Sea port of', not a site named 'Black Sea port'", () => {
    const x = read("Drill", "", "ANKARA - Turkish and Romanian navies began an exercise at the Black Sea port of Samsun on Monday.");
    expect(x.locations.map((l) => l.name)).not.toContain("Black Sea port");
    expect(x.events.find((e) => e.type === "other")?.location).toBe("Samsun");
  });
});
