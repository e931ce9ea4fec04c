import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (body: string) => extractArticle({ text: `Border talks held\n\n${body}` });
const places = (body: string) => read(body).locations.map((l) => [l.name, l.country]);
const names = (body: string) => read(body).locations.map((l) => l.name);

describe("English venues and sites named by what they are", () => {
  it("reads an officer's office in the possessive as the venue", () => {
    const x = read("The two ministers met on Monday at the Kitui County Commissioner's office in Kenya, officials said.");
    expect(x.locations.map((l) => l.name)).toContain("Kitui County Commissioner's office");
    const y = read("The envoys met in Colombia on Friday at the Boyacá governor's office to discuss the border.");
    expect(y.locations.map((l) => l.name)).toContain("Boyacá governor's office");
  });

  it("reads a police station, a town hall, a customs post and a bridge after the town's name", () => {
    const x = names("In Kenya, the minister visited the Garissa police station and later the Garissa town hall.");
    expect(x).toEqual(expect.arrayContaining(["Garissa police station", "Garissa town hall"]));
    expect(names("In Benin, the delegation toured the Parakou customs post on Tuesday.")).toContain("Parakou customs post");
  });

  it("lists a bridge with no state, and the bridge said again without its adjective as one site", () => {
    const x = places("Peru and Bolivia opened the Tambo international bridge on Monday. Trucks queued at Tambo bridge all day.");
    expect(x.filter(([n]) => String(n).includes("bridge"))).toEqual([["Tambo international bridge", null]]);
  });

  it("reads no site from an exercise named with its year", () => {
    expect(names("Troops of Poland and Lithuania ended the exercise Copper Bridge 2027 on Friday.")).not.toContain("Copper Bridge");
  });

  it("reads a Romance house, square or avenue by its opening noun", () => {
    const x = names("In Portugal, the minister spoke at the Casa da Música, then walked to Praça Velha and along the Avenida dos Aliados.");
    expect(x).toEqual(expect.arrayContaining(["Casa da Música", "Praça Velha", "Avenida dos Aliados"]));
  });

  it("reads a road named by the two towns it links, with no state when they lie in two states", () => {
    const x = places("In Kenya, a bomb hit a bus on the Garissa–Dadaab road on Friday.");
    expect(x).toContainEqual(["Garissa–Dadaab road", "KE"]);
    const y = places("Gunmen attacked a truck on the Mandera–Beledweyne road near the border of Kenya and Somalia.");
    expect(y).toContainEqual(["Mandera–Beledweyne road", null]);
  });
});

describe("English towns the gazetteer lists", () => {
  it("reads Cape Verde's islands, and Boa Vista as the island when the story names Cape Verde", () => {
    const x = places("Cape Verde hopes tourists will visit São Vicente and Boa Vista this winter.");
    expect(x).toEqual(expect.arrayContaining([["São Vicente", "CV"], ["Boa Vista", "CV"]]));
    expect(places("Brazil sent troops from Boa Vista to the northern frontier.")).toContainEqual(["Boa Vista", "BR"]);
  });

  it("reads Gaya as Niger's border town when the story names Niger, else as India's", () => {
    expect(places("Traders from Niger crossed from Gaya at dawn.")).toContainEqual(["Gaya", "NE"]);
    expect(places("Pilgrims in India gathered at Gaya on Sunday.")).toContainEqual(["Gaya", "IN"]);
  });
});

describe("Towns inside persons' names", () => {
  it("reads no town from a name after a rank and a given name", () => {
    expect(names("In Venezuela, Colonel Ramón Medina received the convoy at the border.")).not.toContain("Medina");
  });

  it("reads no town before a family name said alone elsewhere, or after an office", () => {
    expect(names("Kenya's minister was joined by Aden Ochieng and the police chief. Later Ochieng said the roads were safe.")).not.toContain("Aden");
    expect(names("Australia's Trade Minister Adelaide Brooks opened the fair in Sydney.")).not.toContain("Adelaide");
  });

  it("keeps the town before a place's or a site's noun", () => {
    expect(names("The ship sailed from Aden Port to Djibouti on Monday.")).toContain("Aden Port");
    expect(names("In Yemen, the Aden Governor said the port was calm.")).toContain("Aden");
    expect(names("Yemeni officials met in Aden on Monday.")).toContain("Aden");
  });
});

describe("English rivers and regions named by a lower-case noun", () => {
  it("lists a listed town or province named in a list of rivers as a river with no state", () => {
    const x = places("Colombia and Ecuador will patrol the San Miguel and Putumayo rivers from May.");
    expect(x).toEqual(expect.arrayContaining([["San Miguel", null], ["Putumayo", null]]));
    expect(places("Troops in Colombia crossed the Tarova and Kelbo rivers.")).toEqual(expect.arrayContaining([["Tarova", null], ["Kelbo", null]]));
  });

  it("reads a region's name after a possessive as after the article", () => {
    expect(names("Mali said it had sent more troops to its Korvenne region last week.")).toContain("Korvenne");
    expect(places("Togo moved two battalions to its Savanes region.")).toContainEqual(["Savanes", "TG"]);
  });
});
