import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "en-x.txt" }).events.filter((e) => e.type === "agreement").map((e) => e.location);

describe("a place in what the parties agreed to do is no venue of the agreement", () => {
  it("the site after 'agreed … to' leaves the town told before", () => {
    expect(places("Trade pact\n\nTORVALE, May 3 (Reuters) - Norland and Sudvia trade officials met on Monday in Torvale, where they agreed to simplify checks on rice at the Vel Dara border gate.")).toEqual(["Torvale"]);
  });

  it("a place before 'to' still tells where they agreed", () => {
    expect(places("Trade pact\n\nTORVALE, May 3 (Reuters) - The Norland and Sudvia ministers agreed at the Riverside Hall on Monday to open a new market.")).toEqual(["Riverside Hall"]);
  });
});
