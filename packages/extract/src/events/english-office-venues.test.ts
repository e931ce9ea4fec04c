import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2031-05-09" });

describe("English government offices and headquarters as venues", () => {
  it("takes 'at the Government Offices in X' as the venue of talks", () => {
    const x = read("Talks", "", "PORTVILLE - Foreign Minister Lena Hartwick met President Ivo Brandel of Lomara at the Government Offices in Portville on Tuesday.");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("Government Offices");
  });

  it("takes 'at Army Headquarters' as the venue of a signing", () => {
    const x = read("Pact", "", "PORTVILLE - Defence Minister Lena Hartwick and General Pavel Orsk signed a training agreement at Army Headquarters in Portville on Tuesday.");
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("Army Headquarters");
  });
});
