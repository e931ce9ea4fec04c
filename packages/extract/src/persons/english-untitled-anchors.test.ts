import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const story = (body: string) => extractArticle({ text: `Navy chiefs meet in the port\n\n${body}` });
const names = (body: string) => story(body).persons.map((p) => p.name);

describe("English names with no title, anchored by the words around them", () => {
  it("reads the one a visitor called on", () => {
    expect(names("On arrival on Monday, the admiral called on Kofi Adjei at his office.")).toContain("Kofi Adjei");
  });

  it("reads a name parted from its verb by an adverb", () => {
    expect(names("The two ministers signed the pact. Kwame Boateng also attended the meeting.")).toContain("Kwame Boateng");
    expect(names("Talks ended at noon. Efua Sarpong later told reporters the border would open.")).toContain("Efua Sarpong");
  });

  it("keeps a police superintendent's short rank out of the name", () => {
    const x = story("Chief Superintendent Ama Owusu met the visitors. Chief Supt Owusu said the post was busy.");
    expect(x.persons.map((p) => p.name)).toEqual(["Ama Owusu"]);
    expect(x.persons[0]!.rank).toBe("Chief Superintendent");
  });

  it("reads a name opened by a given name that is also a city after an office set off by commas", () => {
    const x = story("The race started in the presence of the mayor of Kisumu, Sofia Otieno, and a large crowd.");
    expect(x.persons.map((p) => p.name)).toEqual(["Sofia Otieno"]);
    expect(x.locations.map((l) => l.name)).not.toContain("Sofia");
  });

  it("keeps the lower-case words of an office after the place it serves", () => {
    const x = story("The gun was fired by the president of the Azores regional government, Rui Pacheco, from a patrol boat.");
    expect(x.persons[0]?.name).toBe("Rui Pacheco");
    expect(x.persons[0]?.role).toBe("president of the Azores regional government");
  });
});

describe("English names a stop word's spelling or a death announces", () => {
  it("reads a person after 'the late'", () => {
    expect(names("The new hall honours the late Rosalia Mendes, who sang in the port for fifty years.")).toContain("Rosalia Mendes");
  });

  it("reads a short given name with an accent that folds to a stop word", () => {
    expect(names("The fair's general manager, Tó Fernandes, said the stalls were full.")).toContain("Tó Fernandes");
  });
});

describe("English names listed beside a person who is surely one", () => {
  it("reads a name after 'and' and a known public figure, though its first word is a city", () => {
    const x = story("The minister said the plan had the backing of Javier Milei and Santiago Vera.");
    expect(x.persons.map((p) => p.name)).toContain("Santiago Vera");
    expect(x.locations.map((l) => l.name)).not.toContain("Santiago");
  });

  it("reads a name after 'and' and one closed by Jr., whatever verb opens the list", () => {
    expect(names("The pledge echoed the promises made by Ramon Cruz Jr. and Hideo Tanaka.")).toContain("Hideo Tanaka");
  });

  it("still keeps two firms listed after 'by' out of the persons", () => {
    expect(names("The frigates were built by Harbor Works and Coastal Yards.")).not.toContain("Coastal Yards");
  });
});

describe("an English name of three words opened by two words that are also places", () => {
  it("reads it whole after an office set off by commas, and leaves the office before it alone", () => {
    const x = story("Ghana's Chief of the Air Staff, Air Vice Marshal Kofi Asante, and Togo's Minister of the Armed Forces, Santiago Ondo Esono, signed the pact.");
    const ondo = x.persons.find((p) => p.name === "Santiago Ondo Esono");
    expect(ondo?.role).toBe("Minister of the Armed Forces");
    expect(x.persons.find((p) => p.name === "Kofi Asante")?.role).toBe("Chief of the Air Staff");
    expect(x.locations.map((l) => l.name)).not.toContain("Ondo");
  });
});
