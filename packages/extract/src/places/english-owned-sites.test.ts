import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("English sites held by an owner and tied to their town", () => {
  it("keeps a capitalized owner in the name of a station tied to its town", () => {
    const x = read("Minister tours station", "", "On Monday, Interior Minister Aldo Ferrant toured the Border Guard's station in Velden, where officers showed him two new boats.");
    expect(sites(x)).toContain("Border Guard's station in Velden");
  });

  it("names no site by a lower-case owner's building tied to no town", () => {
    const x = read("Port lease", "", "The authority is to lease the firm a berth at the port's south terminal.");
    expect(sites(x)).not.toContain("south terminal");
  });

  it("keeps a lower-case owner of a headquarters tied to its town", () => {
    const x = read("Talks held", "", "The two delegations held talks at the ministry's headquarters in Port Amber on Tuesday.");
    expect(sites(x)).toContain("ministry's headquarters in Port Amber");
  });

  it("drops the word of newness before a described building", () => {
    const x = read("Minister visits centre", "", "On Sunday, the minister toured the new traffic control centre in Velden with its director.");
    expect(sites(x)).toContain("traffic control centre in Velden");
    expect(sites(x)).not.toContain("new traffic control centre in Velden");
  });
});
