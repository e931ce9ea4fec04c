import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2031-05-14" }).events;

describe("a port's new quay", () => {
  const events = read(
    "New quay opens at Port Varna Nova",
    "PORT VARNA NOVA, Tuesday — Transport Minister Helga Brandt on Monday cut the ribbon at the new Osterkai quay, built by a Danish contractor.",
    "The first vessel to use it, the Danish ferry Aalborg Star, had docked on Sunday with 900 lorries.",
    "The Danish survey ship Skagerrak, which is berthed at the old quay, will stay for a month.",
  );
  const others = events.filter((e) => e.type === "other");

  it("reads a ship that docked as a happening of its own, with nobody, on its day", () => {
    const docked = others.find((e) => e.evidence?.text.includes("docked"));
    expect(docked?.participants).toEqual([]);
    expect(docked?.date).toBe("2031-05-11");
    expect(others.find((e) => e.evidence?.text.includes("cut the ribbon"))?.date).toBe("2031-05-12");
  });

  it("reads no happening where a ship lies ('which is berthed at')", () => {
    expect(events.some((e) => e.evidence?.text.includes("berthed"))).toBe(false);
  });
});

describe("goods told past an apposition", () => {
  const events = read(
    "Vaccines reach Port Elmar",
    "PORT ELMAR, Tuesday — The 30,000 doses, bought through the regional fund, arrived at the Port Elmar airport last Friday, Health Minister Carla Ruiz said.",
  );

  it("are a delivery with nobody, not a visit, and who tells of it took no part", () => {
    expect(events.filter((e) => e.type === "visit")).toHaveLength(0);
    const delivery = events.find((e) => e.type === "other");
    expect(delivery?.participants).toEqual([]);
    expect(delivery?.date).toBe("2031-05-09");
  });
});

describe("a works commissioned", () => {
  const events = read(
    "President opens wind farm",
    "President Jonas Petrauskas on Monday commissioned the Baltic Point wind farm, the largest in the country.",
    "The government commissioned a study on the grid last year.",
  );

  it("is an opening by who commissioned it; a study commissioned is none", () => {
    const others = events.filter((e) => e.type === "other");
    expect(others).toHaveLength(1);
    expect(others[0]?.participants).toEqual(["Jonas Petrauskas"]);
  });
});
