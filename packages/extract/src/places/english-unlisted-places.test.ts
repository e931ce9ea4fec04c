import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}:${l.kind}`);
const wire = (body: string) => `Border talks\n\nBISHKEK, May 4 (AP) - ${body}`;

describe("English places no list holds, named by the sentence", () => {
  it("a capitalized name between 'the' and an area noun is a region", () => {
    const places = placesOf(wire("Gunfire near a frontier post in the Osmonov region wounded two guards, and boats patrolled the Kel Tash waterway."));
    expect(places).toContain("Osmonov:region");
    expect(places).toContain("Kel Tash:region");
  });

  it("a state's possessive before the name and an area noun makes the name a region of that state", () => {
    const x = extractArticle({ text: wire("Herders moved their flocks to Kazakhstan's Oryktau highlands, while the rains spared Kyrgyzstan's Sary Jaz savannah.") });
    const at = (n: string) => x.locations.find((l) => l.name === n);
    expect(at("Oryktau")).toMatchObject({ kind: "region", country: "KZ" });
    expect(at("Sary Jaz")).toMatchObject({ kind: "region", country: "KG" });
  });

  it("a name paired with a listed town after a preposition of place is a town", () => {
    const places = placesOf(wire("New markets at Kyzyl Beles and Talas will open, and traffic between Naryn and Ak Terek grew, with floods in Karakol and Balyktuu on Monday."));
    expect(places).toContain("Kyzyl Beles:city");
    expect(places).toContain("Ak Terek:city");
    expect(places).toContain("Balyktuu:city");
  });

  it("a name after a listed town and 'and' that does not end the phrase is no town", () => {
    const names = extractArticle({ text: wire("The talks in Karakol and Temirov said the deal would hold.") }).locations.map((l) => l.name);
    expect(names).not.toContain("Temirov");
  });

  it("a journey's destination is a city", () => {
    const places = placesOf(wire("The minister flew to Ak Bulun on Monday and travelled to Jergetal the next day."));
    expect(places).toContain("Ak Bulun:city");
    expect(places).toContain("Jergetal:city");
  });

  it("a nationality, a body or a person after the same words is no place", () => {
    const x = extractArticle({ text: wire("The Russian region stayed calm. The general went to Marlow University, and the envoy spoke to Aibek Osmonov.") });
    const names = x.locations.map((l) => l.name);
    expect(names).not.toContain("Russian");
    expect(names).not.toContain("Marlow");
    expect(names.some((n) => n.includes("Osmonov"))).toBe(false);
  });

  it("'the exclave of X' names a region", () => {
    expect(placesOf(wire("Troops left the exclave of Sokh Tash after the talks."))).toContain("Sokh Tash:region");
  });

  it("the town a works stands in is a city, and a visit there is placed in it", () => {
    expect(placesOf(wire("The minister visited the firm's main plant in Haddow on Thursday and a shipyard in Korvik."))).toEqual(expect.arrayContaining(["Haddow:city", "Korvik:city"]));
    const x = extractArticle({ text: wire("Norwegian minister Kari Lund visited the company's main plant in Haddow on Thursday, where she watched a sea trial.") });
    expect(x.events.filter((e) => e.type === "visit").map((e) => e.location)).toEqual(["Haddow"]);
  });
});

const readWithDateline = (dateline: string, body: string) => extractArticle({ text: `Talks on the coast\n\n${dateline} —\n\n${body}`, fileName: "en-x.txt" });
const placesWithStates = (dateline: string, body: string) => readWithDateline(dateline, body).locations.map((l) => [l.name, l.kind, l.country]);

describe("a cued town of the world's towns takes the dataset's state over the nearest printed", () => {
  it("Mongu, after a hospital's name and in, lies in Zambia though the Irish minister is named beside it", () => {
    expect(placesWithStates("LUSAKA, Zambia", "A clinic funded by Irish aid opened at the Varo General Hospital in Mongu on Monday with Ireland's junior minister Aidan Quell. Zambian Health Minister Mara Tembo thanked Ireland.")).toContainEqual(["Mongu", "city", "ZM"]);
  });
});

describe("two names joined by and before an area's noun in the plural are areas", () => {
  it("covering Senanga and Sesheke districts: both districts, in the dataset's state", () => {
    const places = placesWithStates("LUSAKA, Zambia", "A second phase, covering Senanga and Sesheke districts, would be agreed in March, Irish minister Aidan Quell said.");
    expect(places).toContainEqual(["Senanga", "region", "ZM"]);
    expect(places).toContainEqual(["Sesheke", "region", "ZM"]);
  });
});
