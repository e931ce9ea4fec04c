import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text: "News\n\n" + text, fileName: "t.txt" }).persons;
const roleOf = (text: string, name: string) => persons(text).find((p) => p.name === name)?.role;

describe("English offices after a posting, a party seat or 'and'", () => {
  it("keeps the state a diplomat is posted to in the role ('Ambassador to Kenya', 'envoy to Somalia')", () => {
    expect(roleOf("The signing was attended by Ugandan Ambassador to Kenya Grace Achieng and other guests.", "Grace Achieng")).toBe("Ugandan Ambassador to Kenya");
    expect(roleOf("Kenya's envoy to Somalia, James Otieno, said the talks went well.", "James Otieno")).toBe("Kenya's envoy to Somalia");
  });

  it("reads 'MP' as an office before a name", () => {
    expect(roleOf("Opposition MP Daniel Kiprop asked the minister to publish the contract.", "Daniel Kiprop")).toBe("Opposition MP");
  });

  it("gives a role set off after 'and' to the name after it, not to the name before", () => {
    const x = persons("The deal was signed by Kenya's defence minister, John Mwangi, and Uganda's army chief, Gen. Paul Okello, in Kampala.");
    expect(x.find((p) => p.name === "John Mwangi")?.role).toBe("Kenya's defence minister");
    const okello = x.find((p) => p.name === "Paul Okello");
    expect([okello?.rank, okello?.role, okello?.country]).toEqual(["Gen.", "Uganda's army chief", "UG"]);
  });
});

describe("a diplomat posted 'in' a capital", () => {
  it("keeps the capital in the role, and serves the state that sends him ('high commissioner in Nairobi')", () => {
    const p = persons("Kenya's foreign ministry had summoned Uganda's high commissioner in Nairobi, Peter Okello, after the clash.").find((x) => x.name === "Peter Okello");
    expect(p).toMatchObject({ role: "Uganda's high commissioner in Nairobi", country: "UG" });
  });

  it("not an officer who serves where he is ('the police commissioner in Nairobi')", () => {
    // The office set off before his name keeps the city he serves in, and that city's state is his.
    expect(persons("The police commissioner in Nairobi, Peter Okello, said the clash was investigated.").find((x) => x.name === "Peter Okello")).toMatchObject({ role: "police commissioner in Nairobi", country: "KE" });
  });
});
