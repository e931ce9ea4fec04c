import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { joinedPieceBefore } from "../text/joined-pieces";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const read = (body: string) => extractArticle({ text: `Border talks\n\nTORVALE, May 3 (Reuters) - ${body}`, fileName: "en-x.txt" });
const names = (body: string) => read(body).locations.map((l) => l.name);

describe("an English crossing, berth or plant printed in lower case after its own name is a site", () => {
  it("a border gate, a checkpoint and a crossing point are read whole", () => {
    const places = names("Officials of Norland and Sudvia met at the Vel Dara border gate on Monday and later toured the Kessin checkpoint and the Ardo-2 border crossing point.");
    expect(places).toContain("Vel Dara border gate");
    expect(places).toContain("Kessin checkpoint");
    expect(places).toContain("Ardo-2 border crossing point");
  });

  it("a berth and a power plant, with a word of newness before the name", () => {
    const places = names("The minister opened the new Marlo berth on Tuesday and then visited the Tessaro power plant.");
    expect(places).toContain("Marlo berth");
    expect(places).toContain("Tessaro power plant");
  });

  it("pieces joined by a hyphen or an apostrophe stay in the name", () => {
    expect(names("Traders crossed at the Ban Sa-kor checkpoint on Friday.")).toContain("Ban Sa-kor checkpoint");
    expect(names("Police were posted at the Kel'ain border crossing on Friday.")).toContain("Kel'ain border crossing");
  });

  it("no site without the article, for a nationality, or for a body", () => {
    const places = names("Drones from Norland crossing into Sudvia were seen on Monday near the Kenyan border post and the Army checkpoint.");
    expect(places.some((p) => /crossing|post|checkpoint/.test(p))).toBe(false);
  });

  it("an air station, a dry port, a health centre and a container depot, after a preposition of place too", () => {
    const places = names("The minister landed at Varnes air station on Monday, then drove to the Ostrel health centre. Goods leave through Kandor dry port and the Belmo Inland Container Depot.");
    expect(places).toContain("Varnes air station");
    expect(places).toContain("Ostrel health centre");
    expect(places).toContain("Kandor dry port");
    expect(places).toContain("Belmo Inland Container Depot");
  });

  it("the words of a plant's kind before its noun stay in the name; a headline's first word may open it", () => {
    expect(names("The president commissioned the Tarvo IX geothermal power station on Monday.")).toContain("Tarvo IX geothermal power station");
    const x = extractArticle({ text: "Kandor dry port opens for trade\n\nTORVALE, May 3 (Reuters) - Trucks queued on Monday.", fileName: "en-x.txt" });
    expect(x.locations.map((l) => l.name)).toContain("Kandor dry port");
  });

  it("one crossing printed with two of its kinds is one site", () => {
    const x = read("The ministers toured the Velka border post on Monday. Last week officers at the Velka checkpoint seized rifles.");
    const sites = x.locations.filter((l) => l.kind === "site").map((l) => l.name);
    expect(sites).toEqual(["Velka border post"]);
  });
});

describe("a hyphen with no space joins the pieces of a Latin name", () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    return { tokens, k: tokens.findIndex((t) => t.text === word) };
  };
  it("joins K-B and Sa-ngam, not a dash set apart nor a possessive", () => {
    let { tokens, k } = at("the K-B Bridge", "B");
    expect(tokens[joinedPieceBefore(tokens, k)]?.text).toBe("K");
    ({ tokens, k } = at("Velka - Tarso", "Tarso"));
    expect(joinedPieceBefore(tokens, k)).toBe(-1);
    ({ tokens, k } = at("Norland's port", "s"));
    expect(joinedPieceBefore(tokens, k)).toBe(-1);
  });
});

const readWithDateline = (dateline: string, body: string) => extractArticle({ text: `Talks on the coast\n\n${dateline} —\n\n${body}`, fileName: "en-x.txt" });

describe("an English street named by a state's name is a site, no state", () => {
  it("on Grenada Drive: the street is a site of the host, Grenada no place nor state of the story", () => {
    const x = readWithDateline("KINGSTON, Jamaica", "Officials met at the ministry's offices on Grenada Drive in Kingston on Monday, said Tam Orrel, a Jamaican minister.");
    const places = x.locations.map((l) => [l.name, l.kind, l.country]);
    expect(places).toContainEqual(["Grenada Drive", "site", "JM"]);
    expect(places.map((p) => p[0])).not.toContain("Grenada");
    expect(x.countries).toEqual(["JM"]);
  });
});
