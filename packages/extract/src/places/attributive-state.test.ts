import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const states = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "country").map((l) => l.name);

describe("a state's letters before a noun qualify it", () => {
  it("'US firm X', 'a former US air station', 'the U.S. Commerce Department' name no place", () => {
    const text = "Port deal\n\nMANILA, June 2 (AFP) - The port will be built by US firm Harlan Marine near a former US air station, the U.S. Commerce Department said.";
    expect(states(text)).not.toContain("US");
    expect(states(text)).not.toContain("U.S.");
  });

  it("the letters standing for the state stay a place", () => {
    const text = "Port deal\n\nMANILA, June 2 (AFP) - The engines were shipped from the US last month, officials said.";
    expect(states(text)).toContain("US");
  });
});
