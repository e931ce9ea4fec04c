import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import { upperOfBodyBefore } from "./subunits";

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

describe("a service named after the unit of a title", () => {
  it("keeps the body the unit belongs to ('chief of the General Staff of the Army of X')", () => {
    expect(orgs("The cabinet appointed General Ana Kova as chief of the General Staff of the Army of the Republic of Moldova, the ministry said.")).toContain("Army of the Republic of Moldova");
  });

  it("does not reach past a capitalized title ('Chief of the General Staff of the X')", () => {
    expect(upperOfBodyBefore(tokenize("Chief of the General Staff of the Army"), 5)).toBe(5);
    expect(upperOfBodyBefore(tokenize("chief of the General Staff of the Army"), 5)).toBe(1);
  });
});

describe("a body whose own name holds 'of'", () => {
  it("is not cut at its 'of' ('chairman of the Joint Chiefs of Staff Committee')", () => {
    expect(upperOfBodyBefore(tokenize("chairman of the Joint Chiefs of Staff Committee"), 5)).toBe(5);
  });
});
