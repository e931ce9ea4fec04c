import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text }).organizations.map((o) => o.name);

describe("English companies named by their last word", () => {
  it("reads names ending in Systems, Electric or Marine as companies", () => {
    expect(orgs("The sensors, made by Kestrel Electric, will be fitted by Halifax-based Bluewater Sonar Systems and Port Kelang Marine.")).toEqual(["Kestrel Electric", "Bluewater Sonar Systems", "Port Kelang Marine"]);
  });

  it("reads no person from a company's name before a verb", () => {
    const x = extractArticle({ text: "News\n\nThe radars, built by Kestrel Electric, arrived in May." });
    expect(x.persons).toEqual([]);
  });

  it("needs a word before the company head", () => {
    expect(orgs("The Systems were delivered on Monday.")).toEqual([]);
  });
});

describe("English companies described with words of their kind", () => {
  it("reads the name after a nationality or a possessive state and a noun with its kind words between", () => {
    const x = extractArticle({ text: "News\n\nThe navy signed with Turkish state shipbuilder Halic Tersane for two boats, and Ghana's national oil company Ghanapet holds a stake." });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([
      ["Halic Tersane", "TR"],
      ["Ghanapet", "GH"],
    ]);
  });
});

describe("English bodies after a state's possessive", () => {
  it("opens a capitalized body's name with the state that owns it", () => {
    expect(orgs("Two bombers flew over the sea, Russia's Defence Ministry said.")).toEqual(["Russia's Defence Ministry"]);
  });

  it("leaves the state out of a body with a name of its own", () => {
    expect(orgs("Officers of Chile's Federal Police seized the boat.")).toEqual(["Federal Police"]);
  });
});

describe("lower-case English services that are no body", () => {
  it("reads no body after an article of one", () => {
    expect(orgs("A Vietnamese coast guard vessel rammed the boat, and one Uzbek border guard was hurt.")).toEqual([]);
  });

  it("reads no body in a lower-case service after a title", () => {
    expect(orgs("Colonel Anton Borg, the head of the Maltese navy, signed the deal.")).toEqual([]);
  });
});

describe("a company introduced as a house of its trade", () => {
  it("reads the capitalized words after 'the Korean trading house' as a company of that state", () => {
    const x = extractArticle({ text: "Exporter signs deal\n\nA fruit cooperative signed a memorandum with the Korean trading house Daebong Mulsan to ship mango next year." });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["Daebong Mulsan", "KR"]]);
  });
});
