import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { statesOfBodiesIn } from "./body-states";

// Every article below is written for these tests, not taken from a page.

describe("the states of bodies named by their short name", () => {
  const bodies = [{ name: "Korvel Maritime Police (KMP)", country: "PH" }, { name: "Harbour Authority", country: "VN" }];

  it("reads a body's state from its short name printed alone", () => {
    const s = "On Monday the KMP and a Vietnamese crew held a drill.";
    expect(statesOfBodiesIn(s, bodies, 0, s.length)).toEqual(["PH"]);
  });

  it("reads no state from a body the span does not name", () => {
    const s = "On Monday the harbour was closed.";
    expect(statesOfBodiesIn(s, bodies, 0, s.length)).toEqual([]);
  });

  it("gives an exercise of two coast guards both states", () => {
    const text = [
      "Philippines and Vietnam test a coast guard hotline",
      "",
      "MANILA, April 14, 2029 - The Philippine Coast Guard (PCG) said on Monday it would deepen work with Vietnam on fisheries.",
      "Last Wednesday, the PCG and the Vietnam Coast Guard held their first radio exercise on the new line.",
    ].join("\n");
    const drill = extractArticle({ text, publishedHint: "2029-04-14" }).events.find((e) => e.type === "other" && e.summary.includes("radio exercise"));
    expect(drill).toBeDefined();
    expect([...drill!.countries].sort()).toEqual(["PH", "VN"]);
  });
});
