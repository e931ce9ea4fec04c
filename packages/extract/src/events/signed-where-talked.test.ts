import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("an agreement signed the day of talks held at a site", () => {
  it("takes the talks' site over the dateline's town", () => {
    const x = read(
      "Patrol pact",
      "",
      "LUSAKA, May 4 (Reuters) - Zambia and Malawi agreed on Tuesday to widen joint patrols on their border, officials said.",
      "Zambia's defence minister Peter Banda held talks with Malawi's defence minister Grace Phiri at the Arakan Barracks on Tuesday, and the two signed a memorandum on sharing radar data.",
    );
    const deal = x.events.find((e) => e.type === "agreement");
    expect(deal?.location).toBe("Arakan Barracks");
  });

  it("keeps the dateline's town when no talks were held at a site", () => {
    const x = read(
      "Patrol pact",
      "",
      "LUSAKA, May 4 (Reuters) - Zambia and Malawi signed an agreement on Tuesday to widen joint patrols on their border, officials said.",
      "Zambia's defence minister Peter Banda said the patrols would start next month.",
    );
    const deal = x.events.find((e) => e.type === "agreement");
    expect(deal?.location).toBe("Lusaka");
  });
});
