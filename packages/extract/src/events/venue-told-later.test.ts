import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const eventsOf = (text: string) => extractArticle({ text, fileName: "en-t.txt" }).events;

describe("an occasion named again with 'the' and set at a site", () => {
  it("places drills told before at the training area a later sentence names", () => {
    const text =
      "Allies begin drills in Estonia\n\nTALLINN (AP) — About 2,000 troops from five NATO countries began a week-long exercise in Estonia on Monday, the army said.\n\nThe drills, called Northern Shield, are taking place at the Tapa training area, and include British tanks.\n";
    const drill = eventsOf(text).find((e) => e.type === "other");
    expect(drill?.location).toBe("Tapa training area");
  });

  it("places talks at the barracks named after 'after the meeting at'", () => {
    const text =
      "Navies agree to share radar data\n\nRIGA (Reuters) — General Anna Berzina, the commander of the Latvian navy, met Rear Admiral Jonas Petraitis, the head of the Lithuanian navy, on Tuesday to discuss radar data.\n\n\"We will share more,\" Berzina told reporters after the meeting at the Adazi barracks.\n";
    expect(eventsOf(text).find((e) => e.type === "meeting")?.location).toBe("Adazi barracks");
  });

  it("leaves the place when the site follows another noun ('the attack at the base')", () => {
    const text =
      "Allies begin drills in Estonia\n\nTALLINN (AP) — About 2,000 troops from five NATO countries began a week-long exercise in Estonia on Monday, the army said.\n\nOfficers discussed the attack at the Tapa training area last year.\n";
    expect(eventsOf(text).find((e) => e.type === "other")?.location).not.toBe("Tapa training area");
  });
});
