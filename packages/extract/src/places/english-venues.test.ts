import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a named venue after 'the'", () => {
  it("reads the Government Building as a place, no body", () => {
    const x = extractArticle({ text: "Envoy meets premier\n\nThe envoy met the prime minister at the Government Building in Apia on Tuesday." });
    expect(x.locations.map((l) => l.name)).toContain("Government Building");
    expect(x.organizations.map((o) => o.name)).not.toContain("Government Building");
  });

  it("joins two fields with 'and' in a centre's name", () => {
    const x = extractArticle({ text: "Fair opens\n\nThe rice fair opened at the Danang Exhibition and Convention Centre on Thursday, the organisers said." });
    expect(x.locations.map((l) => l.name)).toContain("Danang Exhibition and Convention Centre");
    expect(x.organizations.map((o) => o.name)).not.toContain("Danang Exhibition and Convention Centre");
  });
});
