import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a part of a force or a service in a lower-case title", () => {
  it("is the holder's unit, no body of the story", () => {
    expect(orgs("Colonel Marta Lind, commander of the Harbour Police Region, said the patrols would go on.")).toEqual([]);
    expect(orgs("Major Ivo Tamm, head of the Logistics Department, said the supplies had arrived.")).toEqual([]);
  });

  it("leaves a whole service named for itself", () => {
    expect(orgs("Admiral Olli Saar, commander of the Estonian Navy, said the ships had sailed.")).toEqual(["Estonian Navy"]);
  });
});
