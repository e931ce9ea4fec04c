import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "News\n\n" + text, tagger: false });

describe("an English office's field before a name", () => {
  it("is no body running into the name: the Inspector-General of Police is an office", () => {
    const x = read("Inspector-General of Police Tomas Wenger told a news conference on Monday that two suspects were held.");
    expect(x.organizations).toEqual([]);
    expect(x.persons.map((p) => [p.name, p.role])).toEqual([["Tomas Wenger", "Inspector-General of Police"]]);
  });

  it("keeps a body that quotes the name of the man it is named after", () => {
    const x = read('She graduated from the Military Academy "General Tomas Wenger" in Valletta in 1999.');
    expect(x.organizations.map((o) => o.name)).toEqual(["Military Academy General Tomas Wenger"]);
  });
});

describe("the Government Buildings", () => {
  it("are a venue, no body", () => {
    const x = read("The minister signed the accord at a ceremony at the Government Buildings in Apia on Tuesday.");
    expect(x.organizations).toEqual([]);
    expect(x.locations.map((l) => [l.name, l.kind])).toContainEqual(["Government Buildings", "site"]);
  });
});
