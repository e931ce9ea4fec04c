import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (body: string) => extractArticle({ text: `Road talks\n\nKAMPALA, June 3 - ${body}`, fileName: "t.txt" }).persons.map((p) => p.name);

describe("English names with no title listed with 'and'", () => {
  it("share the verb before the list ('met X and Y')", () => {
    expect(names("The minister met Okello Tumusiime and Grace Akello in Gulu on Monday.")).toEqual(["Okello Tumusiime", "Grace Akello"]);
  });

  it("go on through commas before the 'and'", () => {
    expect(names("The minister met Okello Tumusiime, Peter Lokeris and Grace Akello in Gulu.")).toEqual(["Okello Tumusiime", "Peter Lokeris", "Grace Akello"]);
  });

  it("keep a comma alone for an apposition, not a list", () => {
    expect(names("The minister met Okello Tumusiime, Kagera Ginners chairman, in Gulu.")).not.toContain("Kagera Ginners");
  });

  it("do not share 'by', which anchors a maker as readily as a person", () => {
    expect(names("The patrol boats were built by Lockheed Martin and Northrop Grumman.")).not.toContain("Northrop Grumman");
  });
});
