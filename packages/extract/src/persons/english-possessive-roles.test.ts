import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const person = (body: string, name: string) => {
  const x = extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });
  const p = x.persons.find((q) => q.name === name);
  return p && { rank: p.rank, role: p.role, country: p.country };
};

describe("an English office apposed after a name with a state's possessive", () => {
  it("reads the office, with its field after 'for', after a rank and a name", () => {
    expect(person("General Sok Dara, Cambodia's secretary of state for defence, said the road would open.", "Sok Dara")).toEqual({
      rank: "General",
      role: "secretary of state for defence",
      country: "KH",
    });
  });

  it("reads a short office after a rank and a name", () => {
    expect(person("Colonel Vann Rith, Cambodia's defence minister, visited the checkpoint in Poipet.", "Vann Rith")).toEqual({
      rank: "Colonel",
      role: "defence minister",
      country: "KH",
    });
  });
});

describe("a lower-case English office with a state's possessive before the name", () => {
  it("reads an office of several words before a rank, with the state that owns it", () => {
    expect(person("Britain's chief of the defence staff, Admiral Tom Reed, arrived in Oslo on Monday.", "Tom Reed")).toEqual({
      rank: "Admiral",
      role: "Britain's chief of the defence staff",
      country: "GB",
    });
  });

  it("keeps the owning state in a description right before the name", () => {
    expect(person("China's foreign ministry spokesman Li Wen said in Beijing that the patrols were routine.", "Li Wen")).toMatchObject({
      role: "China's foreign ministry spokesman",
      country: "CN",
    });
    expect(person("Turkey's ambassador, Kemal Arda Sahin, watched the vote from the gallery.", "Kemal Arda Sahin")).toMatchObject({
      role: "Turkey's ambassador",
      country: "TR",
    });
  });
});

describe("a state's lower-case office with its field set off before the name", () => {
  it("keeps the field after 'of' and its 'and' in the office, and reads the name after the comma", () => {
    expect(person("Togo's deputy minister of roads and bridges, Kossi Amegah, also attended the launch.", "Kossi Amegah")).toEqual({
      rank: null,
      role: "Togo's deputy minister of roads and bridges",
      country: "TG",
    });
  });

  it("keeps a body's lower-case word after a state's possessive in the office ('commander of X's navy')", () => {
    const body = "The Ghanaian envoy in Lome, Kwesi Owusu, and the commander of Togo's navy, Rear Admiral Koffi Agbo, were also present.";
    expect(person(body, "Koffi Agbo")).toEqual({ rank: "Rear Admiral", role: "commander of Togo's navy", country: "TG" });
  });

  it("gives the name before, set off after its own office, neither the field nor the state", () => {
    const body = "The mayor of Kara, Yawo Dzidzoli, and Benin's deputy minister for water, Sena Houngbo, opened the pumps.";
    expect(person(body, "Yawo Dzidzoli")?.role).toBe("mayor of Kara");
    expect(person(body, "Sena Houngbo")).toMatchObject({ role: "Benin's deputy minister for water", country: "BJ" });
  });
});

describe("an English office after 'whose'", () => {
  it("reads 'the BODY, whose chief, RANK X,' as the chief of that body", () => {
    const p = person("The operation was coordinated with the Harbour Police Service, whose chief, Gen. Tomas Rivera, visited the port last week.", "Tomas Rivera");
    expect(p?.role).toBe("chief of the Harbour Police Service");
  });
});

describe("a state's possessive office of two fields after 'and', set off before a rank and a name", () => {
  const body = "The Minister for Home Affairs, Mr Kwame Boateng, and Benin's Minister of Defence and Border Security, General Paul Adjovi, signed the accord in Accra.";
  it("is the next name's office, both fields kept", () => {
    expect(person(body, "Paul Adjovi")).toEqual({ rank: "General", role: "Minister of Defence and Border Security", country: "BJ" });
  });
  it("gives neither its office nor its state to the name before", () => {
    const p = person(body, "Kwame Boateng");
    expect(p?.role).toBe("Minister for Home Affairs");
    expect(p?.country).not.toBe("BJ");
  });
});

describe("an international body's possessive office", () => {
  it("serves no state, though a demonym is a word of the body's name", () => {
    const p = person("The drive opened in Orange Walk Town, together with the Pan American Health Organization's representative in Belize, Dr Maria Elena Cruz.", "Maria Elena Cruz");
    expect(p?.country).toBeNull();
  });
});

describe("an international body's country director for a state", () => {
  it("serves the body, not the state the office covers", () => {
    const body = "Togo's Minister of Works Kofi Mensah and the World Bank's country director for Togo, Ama Serwaa, cut the ribbon.";
    expect(person(body, "Ama Serwaa")?.country).toBeNull();
    expect(person(body, "Kofi Mensah")?.country).toBe("TG");
  });
});

describe("an international body's officer posted in a state printed with its article", () => {
  it("keeps the state in the office and serves none", () => {
    expect(person("The clinic opened in Honiara with the World Health Organization's representative in the Solomon Islands, Dr Priya Nair, and local nurses.", "Priya Nair")).toEqual({
      rank: "Dr",
      role: "World Health Organization's representative in the Solomon Islands",
      country: null,
    });
  });
});
