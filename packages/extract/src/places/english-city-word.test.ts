import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("'City' as part of a town's name", () => {
  it("keeps City after a listed town", () => {
    const x = extractArticle({ text: "Boat handed over\n\nThe navy said on Monday the patrol boat had reached Puerto Princesa City after a two-day voyage." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("Puerto Princesa City");
    expect(names).not.toContain("Puerto Princesa");
  });

  it("reads capitals before City as a town written short, no body", () => {
    const x = extractArticle({ text: "Trade fair opens\n\nA trade fair of rice growers opened in HCM City on Thursday, the organisers said." });
    expect(x.locations.map((l) => l.name)).toContain("HCM City");
    expect(x.organizations.map((o) => o.name)).not.toContain("HCM City");
  });
});
