import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2028-03-14" });
const visitPlaces = (x: ReturnType<typeof extractArticle>) => x.events.filter((e) => e.type === "visit").map((e) => e.location);

describe("a visit to a site said again by its noun", () => {
  it("goes to the site named before with that noun ('toured the port's new yard')", () => {
    const x = read(
      "New wharf opens",
      "",
      "APIA, Samoa, March 14 – A new wharf opened on Tuesday at Matautu port, the island's main harbour.",
      "",
      "On Wednesday, an Australian team also toured the port's new cargo yard with Samoa Ports Authority Chief Executive Officer Lemalu Toala, who said traffic had grown.",
    );
    expect(visitPlaces(x)).toContain("Matautu port");
  });
});

describe("an occasion held at a site said again by its noun", () => {
  it("took place at the site named before with that noun ('at the airport')", () => {
    const x = read(
      "Lights for Argyle",
      "",
      "KINGSTOWN, March 14 – Night flights at Argyle International Airport will no longer depend on flares.",
      "",
      "Prime Minister Ralph Gonsalves switched on a new runway lighting system at the airport on Tuesday evening.",
    );
    expect(x.events.find((e) => e.type === "other")?.location).toBe("Argyle International Airport");
  });
});
