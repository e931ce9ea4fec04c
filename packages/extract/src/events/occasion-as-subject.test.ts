import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-06-18" });

describe("an occasion named again as the subject of its sentence", () => {
  it("'The meeting brought together …' adds its people to the meeting told before", () => {
    const x = read(
      "Kenya hosts talks on river dispute",
      "Kenya's foreign minister, Daniel Otieno Mwangi, hosted his counterparts from Uganda and Tanzania in Nairobi on Tuesday for talks on the shared river basin.",
      "The meeting brought together Ugandan Foreign Minister Ruth Nakato Akello and Tanzanian Foreign Minister Hamisi Juma Mrisho, the first such gathering since talks stalled last year.",
    );
    const meetings = x.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toHaveLength(3);
    expect(meetings[0]!.date).toBe("2026-06-16");
  });

  it("a campaign launched and then flagged off by a minister is one happening", () => {
    const x = read(
      "Ghana starts measles vaccination",
      "ACCRA, 18 June 2026 (GNA) - Ghana's health ministry on Monday launched a measles vaccination campaign for two million children in the north.",
      "Health Minister Dr Ama Serwaa Boateng flagged off the campaign at Tamale, saying teams would visit every village.",
    );
    const others = x.events.filter((e) => e.type === "other");
    expect(others).toHaveLength(1);
    expect(others[0]!.participants).toEqual(["Ama Serwaa Boateng"]);
    expect(others[0]!.date).toBe("2026-06-15");
  });
});
