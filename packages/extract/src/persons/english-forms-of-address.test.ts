import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const story = (body: string) => extractArticle({ text: `Island leaders meet on trade\n\n${body}` });
const person = (body: string, name: string) => story(body).persons.find((p) => p.name === name);

describe("English forms of address before a name", () => {
  it("reads a name after the Hon and His Excellency, with no rank", () => {
    const x = story("The Minister of Trade, the Hon Maria Keller, met His Excellency the Hon Sione Vaka MP in the capital. Her Excellency Joan Reyes also attended.");
    const names = x.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Maria Keller", "Sione Vaka", "Joan Reyes"]));
    for (const p of x.persons) expect(p.rank).toBeNull();
    expect(x.persons.find((p) => p.name === "Maria Keller")!.role).toBe("Minister of Trade");
  });

  it("keeps a legislator's style out of the office printed before it", () => {
    const p = person("The Minister for Trade Senator the Hon Maria Keller spoke to farmers on Monday.", "Maria Keller");
    expect(p?.role).toBe("Minister for Trade");
    expect(p?.rank).toBeNull();
  });

  it("reads an office before a comma and Hon. as the holder's", () => {
    const p = person("The clinic was opened on Wednesday by the Premier, Hon. Lionel Brathwaite, with a loan from the bank.", "Lionel Brathwaite");
    expect(p?.role).toBe("Premier");
    expect(p?.rank).toBeNull();
  });

  it("reports an engineer's Eng. as the rank", () => {
    const p = person("The agency's Director of Works, Eng. Samir Haddad, said the road was done.", "Samir Haddad");
    expect(p?.rank).toBe("Eng.");
  });
});

describe("English rank qualifiers and fields", () => {
  it("keeps a retirement in brackets in the rank", () => {
    expect(person("The squad was coached by Captain (Ret.) Omar Saleh Al-Kuwari.", "Omar Saleh Al-Kuwari")?.rank).toBe("Captain (Ret.)");
    expect(person("Colonel (retd) Peter Mills said the unit was ready.", "Peter Mills")?.rank).toBe("Colonel (retd)");
  });

  it("reads a field's last word after and, closed by a comma before a title", () => {
    const p = person("The Minister of Health and Sport, Mr Tom Fenton, toured the wards.", "Tom Fenton");
    expect(p?.role).toBe("Minister of Health and Sport");
  });

  it("does not read a lone word after a lower-case office and and as its field", () => {
    expect(person("The minister and Sport, Mr Tom Fenton, toured the wards.", "Tom Fenton")?.role ?? null).toBeNull();
  });
});

describe("abbreviated titles that need their full stop", () => {
  it("keeps a bare Eng inside a Chinese name", () => {
    const p = person("Transport Minister Tan Eng Soon said the line would open in May.", "Tan Eng Soon");
    expect(p?.rank ?? null).toBeNull();
    expect(p?.role).toBe("Transport Minister");
  });
});

describe("a field of two words after and", () => {
  it("ends the field at the comma before a title", () => {
    const p = person("They were joined by the Minister of Health and Family Welfare, Hon. Grace Fenton, in the wards.", "Grace Fenton");
    expect(p?.role).toBe("Minister of Health and Family Welfare");
  });
});
