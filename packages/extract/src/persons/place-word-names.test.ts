import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article; the people are invented.

const readEn = (body: string) => extractArticle({ text: `Border talks\n${body}`, fileName: "x.txt" });
const person = (x: ReturnType<typeof readEn>, name: string) => x.persons.find((p) => p.name === name);

describe("a town's word inside an English name", () => {
  it("keeps a town's word as the family name after a rank", () => {
    const x = readEn("The inspection was led by the port's director, Major Luis Medina, on Tuesday morning.");
    expect(person(x, "Luis Medina")?.rank).toBe("Major");
    expect(x.locations.some((l) => l.name === "Medina")).toBe(false);
  });

  it("opens a name with a town's word after an office", () => {
    const x = readEn("Trade Minister Adelaide Mwangaza opened the new market hall on Friday.");
    expect(person(x, "Adelaide Mwangaza")?.role).toBe("Trade Minister");
    expect(x.locations.some((l) => l.name === "Adelaide")).toBe(false);
  });

  it("leaves a town before a word of a place or a body, and a firm of three words, to the places", () => {
    const x = readEn("Police Commander Fatuma Ngala said officers were sent to Medina County after the flood.");
    expect(x.persons.some((p) => p.name.startsWith("Medina"))).toBe(false);
    const y = readEn("The deal was signed by Adelaide Blue Hydrogen's chairman and the minister.");
    expect(y.persons.some((p) => p.name.startsWith("Adelaide"))).toBe(false);
  });
});
