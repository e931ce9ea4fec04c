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
