import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text }).organizations.map((o) => o.name);

describe("a listed name and the same name with a word of its kind", () => {
  it("reads Abu Sayyaf and the Abu Sayyaf Group as one body", () => {
    expect(orgs("Troops clashed with the Abu Sayyaf Group near the coast. On Sunday, three Abu Sayyaf fighters surrendered.")).toEqual(["Abu Sayyaf Group"]);
  });

  it("keeps a body opened by another head after the listed name apart", () => {
    const names = orgs("The African Union Commission met in Addis Ababa, and the African Union said it would send observers.");
    expect(names).toEqual(expect.arrayContaining(["African Union Commission", "African Union"]));
  });
});
