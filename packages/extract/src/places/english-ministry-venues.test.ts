import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);
const bodies = (x: ReturnType<typeof read>) => x.organizations.map((o) => o.name);

describe("English ministries named by their field where talks are held", () => {
  it("reads a ministry after a meeting's word and 'at the' as the venue, no body", () => {
    const x = read("Talks held", "", "In Friday's meeting at the Department of Coastal Defense, the two ministers agreed to share radar data.");
    expect(sites(x)).toContain("Department of Coastal Defense");
    expect(bodies(x)).not.toContain("Department of Coastal Defense");
  });

  it("reads the office of an officer, with the article before his title, as the venue of talks", () => {
    const x = read("Talks held", "", "The two leaders held talks for an hour at the Office of the Chief Minister in Velmar on Monday.");
    expect(sites(x)).toContain("Office of the Chief Minister");
  });

  it("reaches back over the guest's name to the verb of meeting", () => {
    const x = read("Talks held", "", "On Tuesday, Defence Minister Aldo Kerrin met his counterpart Lida Harrow at the Ministry of Defence.");
    expect(sites(x)).toContain("Ministry of Defence");
  });

  it("reads a ministry after the noun of a signing as the venue, with its headquarters and short name, and keeps the body", () => {
    const x = read("Pact signed", "", "The signing at the Ministry of Defence (Mindef) headquarters in Velmar followed talks between Aldo Kerrin and Lida Harrow.");
    expect(sites(x)).toContain("Ministry of Defence (Mindef) headquarters");
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("Ministry of Defence (Mindef) headquarters");
    expect(bodies(x)).toContain("Ministry of Defence");
  });

  it("reads a ministry after the verb of a signing, a sum between, as the venue, no body, with all its fields", () => {
    const x = read("Loan signed", "", "The two men signed a loan worth EC$40 million at the Department of Works and Public Utilities in Velmar yesterday.");
    expect(sites(x)).toContain("Department of Works and Public Utilities");
    expect(bodies(x)).toEqual([]);
  });

  it("keeps the state a ministry serves in its name after the verb of a signing", () => {
    const x = read("Pact signed", "", "The two ministers signed a memorandum on Tuesday at the Ministry of Defence of Kazakhstan in Astana.");
    expect(sites(x)).toContain("Ministry of Defence of Kazakhstan");
    expect(bodies(x)).toEqual([]);
  });

  it("keeps a ministry where a signing is held a body when the text has it speak", () => {
    const x = read("Pact signed", "", "The two ministers signed a memorandum at the Ministry of Fisheries in Velmar. The talks, the ministry said, also covered patrols.");
    expect(sites(x)).toContain("Ministry of Fisheries");
    expect(bodies(x)).toContain("Ministry of Fisheries");
  });

  it("leaves a ministry that acts a body", () => {
    const x = read("Statement", "", "A statement issued by the Ministry of Defence said the patrol boats would arrive at the end of the month.");
    expect(sites(x)).not.toContain("Ministry of Defence");
  });
});

const readWithDateline = (dateline: string, body: string) => extractArticle({ text: `Talks on the coast\n\n${dateline} —\n\n${body}`, fileName: "en-x.txt" });
const placesOf = (dateline: string, body: string) => readWithDateline(dateline, body).locations.map((l) => [l.name, l.kind, l.country]);

describe("a ministry's building named by the ministry is a venue", () => {
  it("at the Ministry of Defence building", () => {
    expect(placesOf("PODGORICA, Montenegro", "Montenegrin Defence Minister Dana Vess welcomed her Italian counterpart with military honours at the Ministry of Defence building in the capital on Tuesday.")).toContainEqual(["Ministry of Defence building", "site", "ME"]);
  });
});

describe("a lower-case part of a site named whole is no part of its name", () => {
  it("toured the X International Airport cargo terminal: the airport is the site", () => {
    const places = placesOf("BRIDGETOWN, Barbados", "On Friday, transport minister Ola Brent toured the Corvan International Airport cargo terminal with its manager, Tessa Mald.").map((p) => p[0]);
    expect(places).toContain("Corvan International Airport");
    expect(places).not.toContain("Corvan International Airport cargo terminal");
  });
});

describe("an office where a minister is called on", () => {
  it("is the venue of the call", () => {
    const x = read("Courtesy call", "", "Later that day, the envoy called on Prime Minister Aldo Kerrin at the Office of the Prime Minister, where the two men discussed fisheries.");
    expect(sites(x)).toContain("Office of the Prime Minister");
  });
});
