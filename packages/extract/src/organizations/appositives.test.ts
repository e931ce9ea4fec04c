import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.
const orgs = (text: string) => extractArticle({ text }).organizations.map((o) => o.name);

describe("English bodies named beside what they are", () => {
  it("lists the name after a description ('Estonia's parliament, the Riigikogu,') instead of the description", () => {
    const names = orgs("Estonia passes drone budget\n\nTALLINN, May 4, 2027 - Estonia's parliament, the Riigikogu, approved 30 million euros for coastal drones on Tuesday.");
    expect(names).toContain("Riigikogu");
    expect(names).not.toContain("Estonia's parliament");
  });

  it("lists the name before a description ('Nordwatch, the European Union's fisheries agency,')", () => {
    expect(orgs("Patrols rise in the north\n\nOSLO, May 4, 2027 - Nordwatch, the European Union's fisheries agency, said on Tuesday that patrols had doubled.")).toContain("Nordwatch");
  });

  it("does not read a person described by an office as a body", () => {
    expect(orgs("Patrols rise in the north\n\nOSLO, May 4, 2027 - Mara Lindqvist, the head of the agency, said on Tuesday that patrols had doubled.")).not.toContain("Mara Lindqvist");
  });

  it("reads a company after 'CITY-based manufacturer' with the city's state", () => {
    const x = extractArticle({ text: "Army buys radars\n\nWARSAW, May 4, 2027 - The army will buy ten radars from Gdansk-based manufacturer Baltic Sensor Works, the ministry said." });
    expect(x.organizations.find((o) => o.name === "Baltic Sensor Works")?.country).toBe("PL");
  });

  it("lists a newspaper that reports in the story", () => {
    expect(orgs("Farmers return to fields\n\nBANGKOK, May 4, 2027 (Reuters) - The Chiang Mai Herald reported that farmers had returned to their fields near the border.")).toContain("Chiang Mai Herald");
  });
});
