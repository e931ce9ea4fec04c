import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string, tagger = false) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger });
const person = (text: string, name: string, tagger = false) => read(text, tagger).persons.find((p) => p.name === name);

describe("police ranks before a name are ranks, not offices", () => {
  const text = "The ferry capsized near the jetty, Senior Superintendent of Police Kamal Raj Adhikari, the spokesperson of Valley Police, told reporters.";

  it("reads 'Senior Superintendent of Police' as the rank and the apposition as the office", () => {
    for (const tagger of [false, true]) {
      const p = person(text, "Kamal Raj Adhikari", tagger);
      expect(p?.rank).toBe("Senior Superintendent of Police");
      expect(p?.role).toBe("spokesperson of Valley Police");
    }
  });

  it("names no body after the rank's 'Police'", () => {
    expect(read(text, true).organizations.map((o) => o.name).filter((n) => n.includes("Adhikari"))).toEqual([]);
  });

  it("reads a bare 'Superintendent' before a name as the rank", () => {
    expect(person("The patrol boat was brought home by Superintendent Lani Tauiliili and her crew.", "Lani Tauiliili")?.rank).toBe("Superintendent");
    const deputy = person("The inquiry was led by Deputy Superintendent of Police Anil Kumar Yadav, who said the driver fled.", "Anil Kumar Yadav");
    expect(deputy?.rank).toBe("Deputy Superintendent of Police");
  });

  it("keeps a superintendent before a title an office (Medical Superintendent Dr X)", () => {
    const p = person("Medical Superintendent Dr Rehana Akter said the hospital was full.", "Rehana Akter");
    expect(p?.rank).toBe("Dr");
    expect(p?.role).toBe("Medical Superintendent");
  });
});

describe("East African police offices and the inspector's rank", () => {
  const text = "Market fire\nThe governor toured the station, where the Officer Commanding Police Division, Superintendent Ruth Akinyi, briefed him. The Officer Commanding Station, Inspector Daniel Otieno, was also present.";

  it("reads 'Officer Commanding …' as the office, no name, and Inspector as the rank", () => {
    const x = read(text, true);
    expect(x.persons.find((p) => p.name === "Ruth Akinyi")).toMatchObject({ rank: "Superintendent", role: "Officer Commanding Police Division" });
    expect(x.persons.find((p) => p.name === "Daniel Otieno")).toMatchObject({ rank: "Inspector", role: "Officer Commanding Station" });
    expect(x.persons.some((p) => p.name.startsWith("Commanding") || p.name.startsWith("Officer"))).toBe(false);
  });

  it("leaves the Inspector General of Police an office", () => {
    expect(person("Talks\nInspector General of Police Samuel Njoroge opened the new station.", "Samuel Njoroge")).toMatchObject({ rank: null, role: "Inspector General of Police" });
  });
});

describe("the English of Latin American police and prefecture ranks", () => {
  it("reads 'Commander General' and 'Commissioner General' as ranks after an office set off by a comma", () => {
    const text = "Border talks\n\nThe head of Chile's Carabineros, Commander General Tomas Rivas, and the commander of Peru's National Police, Commissioner General Jose Tello, also attended.";
    expect(person(text, "Tomas Rivas")).toMatchObject({ rank: "Commander General", role: "head of Chile's Carabineros" });
    expect(person(text, "Jose Tello")).toMatchObject({ rank: "Commissioner General", role: "commander of Peru's National Police" });
  });

  it("leaves 'Commander' to a capitalized office printed right before it", () => {
    const text = "Base visit\n\nOn Monday, Santos and Brazilian Army Commander General Tomas Paiva visited the base.";
    expect(person(text, "Tomas Paiva")).toMatchObject({ rank: "General", role: "Brazilian Army Commander" });
  });

  it("reads 'Prefect Major' as the rank and rebuilds 'its chief' with the station", () => {
    const text = "Patrols\n\nShe toured the Coast Guard's station in Arica, where its chief, Prefect Major Luis Vidal, showed her two boats.";
    expect(person(text, "Luis Vidal")).toMatchObject({ rank: "Prefect Major", role: "chief of the Coast Guard's station in Arica" });
  });
});

describe("a superintendent's office set off by a comma before the name", () => {
  it("is the office, held in the hospital named before ('the hospital's medical superintendent, Dr X')", () => {
    const text = "Hospital\n\nThe minister opened the new wing of Kasama General Hospital on Friday. The hospital's medical superintendent, Dr Mwila Banda, then led the two ministers through the new theatre.";
    expect(person(text, "Mwila Banda")).toMatchObject({ rank: "Dr", role: "medical superintendent of Kasama General Hospital" });
  });
});

describe("the nursing grade Sister", () => {
  it("is the rank of the nurse named after it, who is the same person said again with it", () => {
    const x = read("The minister visited the clinic at Mongu, where its nurse in charge, Sister Anna Kalabo, showed him a fridge. Sister Kalabo said it works.");
    const p = x.persons.find((q) => q.name === "Anna Kalabo");
    expect(p?.rank).toBe("Sister");
    expect(x.persons).toHaveLength(1);
  });
});
