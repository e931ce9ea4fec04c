import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const wire = (body: string) => `Border posts reinforced\n\nNAIROBI (Reuters) - ${body}`;
const placesOf = (body: string) => extractArticle({ text: wire(body) }).locations.map((l) => `${l.name}:${l.kind}:${l.country}`);

describe("an unlisted name after 'in' or 'at' that the sentence puts a post or a stationing in", () => {
  it("reads a town after a post's noun and a verb of stationing", () => {
    const places = placesOf("The army opened an outpost at Lodwara, and a boat will be stationed in Kapsemei next year.");
    expect(places).toEqual(expect.arrayContaining(["Lodwara:city:KE", "Kapsemei:city:KE"]));
  });

  it("reads a second unlisted name joined by 'and' to such a town", () => {
    expect(placesOf("New markets at Oltiren and Kamusei will open within a year.")).toEqual(expect.arrayContaining(["Oltiren:city:KE", "Kamusei:city:KE"]));
  });

  it("takes the state of a listed town the name is placed near in apposition", () => {
    expect(placesOf("Police sent officers to the crossing at Tsavika, near Arusha, on Monday.")).toContain("Tsavika:city:TZ");
  });

  it("reads no town without such a cue, nor a name closed by a possessive, a glued particle or a place's noun", () => {
    const places = placesOf("She studied at Harvard, sang in Creole on Monday and prayed at Easter. The guards at Malobei's post and the camp at Ras al-Kheima were moved, and a base at Lokori district closed.");
    for (const n of ["Harvard", "Creole", "Easter", "Malobei", "Ras", "Lokori"]) expect(places.some((p) => p.startsWith(`${n}:city`))).toBe(false);
  });

  it("reads no town in what one trains in or at, nor in an operation deployed in", () => {
    const places = placesOf("Nurses trained in Amharic and pilots trained at Embraer, while marines were deployed in Operation Lakeshield.");
    for (const n of ["Amharic", "Embraer", "Operation Lakeshield"]) expect(places.some((p) => p.startsWith(`${n}:city`))).toBe(false);
  });

  it("reads no town where the name opens a longer one elsewhere in the story", () => {
    const text = "Drill held at Kerio Hills\n\nNAIROBI (Reuters) - Troops trained at Kerio on Monday before moving to the Kerio Hills Training Area.";
    expect(extractArticle({ text }).locations.some((l) => l.name === "Kerio" && l.kind === "city")).toBe(false);
  });
});
