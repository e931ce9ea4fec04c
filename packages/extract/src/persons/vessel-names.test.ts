import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const ARTICLE = [
  "زيارة بحرية",
  "",
  "الجزائر – رست المدمرة الإيطالية «أوريون» صباح الأحد في ميناء الجزائر العاصمة في زيارة تستمر ثلاثة أيام، وقال قائد المدمرة العقيد البحري ماركو بيانكي إن الزيارة تعزز التعاون. وكانت الفرقاطة التركية «يلدز» قد زارت الميناء الشهر الماضي، فيما ترسو الناقلة «نجمة الشمال» في المرفأ.",
].join("\n");

describe("ships' names", () => {
  const a = extractArticle({ text: ARTICLE });

  it("are neither bodies nor persons of the story", () => {
    const names = [...a.organizations, ...a.persons].map((x) => x.name);
    for (const ship of ["أوريون", "يلدز", "نجمة الشمال"]) expect(names, ship).not.toContain(ship);
  });

  it("give a commander of the ship named again by its noun the ship's state, not the port's", () => {
    expect(a.persons.find((p) => p.name === "ماركو بيانكي")).toMatchObject({ role: "قائد المدمرة", country: "IT" });
  });
});

describe("an English ship's name after the prefix its navy prints", () => {
  it("is no person, also past a title in the name (KRI Sultan X)", () => {
    const x = extractArticle({ text: "Navies drill\n\nThe navy sent the frigate BRP Jose Rizal and the corvette KRI Sultan Bung Tomo to the area, Admiral Juan Cruz said." });
    const names = x.persons.map((p) => p.name);
    expect(names).toContain("Juan Cruz");
    expect(names.some((n) => n.includes("Rizal") || n.includes("Tomo"))).toBe(false);
  });

  it("knows the prefixes of the Nordic and other European navies (HDMS, HNoMS, FGS)", () => {
    const x = extractArticle({ text: "Navies drill\n\nThe inspection ship HDMS Erik Sejer and the frigate HNoMS Olav Brekke joined the drill on Monday, Commodore Lars Dahl said." });
    expect(x.persons.map((p) => p.name)).toEqual(["Lars Dahl"]);
    expect(x.organizations.map((o) => o.name).some((n) => n.includes("Sejer") || n.includes("Brekke"))).toBe(false);
  });
});

describe("a merchant ship's name after its motor-tanker or motor-vessel prefix", () => {
  it("is neither a body nor a person (MT Morning Lagos, MV Blue Harbour)", () => {
    const x = extractArticle({ text: "Pirates repelled\n\nGunmen in a skiff approached the oil tanker MT Morning Lagos and the cargo ship MV Blue Harbour off the coast last week, Captain Ade Bello of the Example Navy said." });
    const names = [...x.organizations, ...x.persons].map((o) => o.name);
    expect(names.some((n) => n.includes("Lagos") || n.includes("Harbour"))).toBe(false);
  });
});
