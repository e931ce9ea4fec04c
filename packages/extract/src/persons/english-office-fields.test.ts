import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons;

describe("English offices of a ministry's two fields, of a consul, of a Lao minister", () => {
  it("keeps both fields of a ministry in the office, and the name after them whole", () => {
    const found = persons("Patrol boat handed over\n\nThe boat was handed over to the Minister of Police and Prisons, Tavita Leota, on Monday.\nDeputy Minister of Industry and Trade Hoang Van Lam said exports were rising.");
    expect(found.find((p) => p.name === "Tavita Leota")?.role).toBe("Minister of Police and Prisons");
    expect(found.find((p) => p.name === "Hoang Van Lam")?.role).toBe("Deputy Minister of Industry and Trade");
  });

  it("keeps a ministry's common fields (infrastructure, housing, water) in the office before the name", () => {
    const found = persons("Bridge opened\n\nMalawi's Minister of Transport and Infrastructure Chifundo Banda cut the ribbon.\nThe Minister of Works and Housing Tiyamike Phiri and the Minister of Water and Environment Kondwani Mwale were also there.");
    expect(found.find((p) => p.name === "Chifundo Banda")?.role).toBe("Minister of Transport and Infrastructure");
    expect(found.find((p) => p.name === "Tiyamike Phiri")?.role).toBe("Minister of Works and Housing");
    expect(found.find((p) => p.name === "Kondwani Mwale")?.role).toBe("Minister of Water and Environment");
  });

  it("reads a consul's title before a name (officeHeadsRulesOnly)", () => {
    const found = persons("Fishermen return home\n\nThe handover was witnessed by Vietnamese Consul Pham Van Duc and the crew of the patrol ship.");
    expect(found.find((p) => p.name === "Pham Van Duc")).toMatchObject({ role: "Vietnamese Consul", country: "VN" });
  });

  it("reads Lao as the nationality of Laos", () => {
    const found = persons("Trade fair opens\n\nLao Deputy Minister of Industry and Commerce Bounmy Sisavath said coffee sales were growing.");
    expect(found.find((p) => p.name === "Bounmy Sisavath")).toMatchObject({ role: "Lao Deputy Minister of Industry and Commerce", country: "LA" });
  });
});

describe("an English ministry of food and a second field", () => {
  it("keeps both fields in the office before the name", () => {
    const x = extractArticle({
      text: "Fisheries talks\n\nThe meeting in Accra was attended by Ghana's Minister of Food and Agriculture, Efua Mensimah Darko, and officials of the two ministries.",
    });
    expect(x.persons.find((q) => q.name === "Efua Mensimah Darko")?.role).toBe("Minister of Food and Agriculture");
  });
});
