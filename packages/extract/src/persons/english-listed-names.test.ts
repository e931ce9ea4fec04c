import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (body: string) => extractArticle({ text: `Road talks\n\nKAMPALA, June 3 - ${body}`, fileName: "t.txt" }).persons.map((p) => p.name);

describe("English names with no title listed with 'and'", () => {
  it("share the verb before the list ('met X and Y')", () => {
    expect(names("The minister met Okello Tumusiime and Grace Akello in Gulu on Monday.")).toEqual(["Okello Tumusiime", "Grace Akello"]);
  });

  it("share the verb after the list ('X and Y said')", () => {
    expect(names("Okello Tumusiime and Grace Akello said the road would reopen.")).toEqual(["Okello Tumusiime", "Grace Akello"]);
  });

  it("go on through commas before the 'and'", () => {
    expect(names("Okello Tumusiime, Peter Lokeris and Grace Akello said the road would reopen.")).toEqual(["Okello Tumusiime", "Peter Lokeris", "Grace Akello"]);
  });

  it("do not share 'by', which anchors a maker as readily as a person", () => {
    expect(names("The patrol boats were built by Lockheed Martin and Northrop Grumman.")).not.toContain("Northrop Grumman");
  });
});
