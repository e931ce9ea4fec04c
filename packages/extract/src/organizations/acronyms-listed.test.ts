import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("an English acronym after 'as'", () => {
  it("after 'such as' is one body of a kind listed", () => {
    expect(orgs("The association, which represents foreign producers such as KPX and Blue Ridge Petroleum, said in a statement that exports had stopped.")).toContain("KPX");
  });

  it("after 'known as' is the short form of a name before, no body of its own", () => {
    expect(orgs("The force, known as AMSOM, will replace the old mission.")).toEqual([]);
  });
});
