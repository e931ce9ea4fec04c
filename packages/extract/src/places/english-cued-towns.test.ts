import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text }).locations;
const find = (text: string, name: string) => locationsOf(text).find((l) => l.name === name);
const story = (body: string) => `Border clashes\n\n${body}`;

describe("an English town no list holds, said to be one by the words after it", () => {
  it("reads a name with an apposition of a town after a comma, in the state it names", () => {
    const town = find(story("Gunmen stormed Talvoro, a small border town in northern Mali, on Sunday night."), "Talvoro");
    expect(town?.country).toBe("ML");
  });

  it("reads a name with a distance from another place after a comma", () => {
    expect(find(story("The patrol was ambushed near the river at Talvoro, some 40 km from Gao."), "Talvoro")).toBeDefined();
    expect(find(story("Troops regrouped in Talvoro, 25 miles north of Gao, on Friday."), "Talvoro")).toBeDefined();
  });

  it("reads a name after in, at or from with its state after a comma, and takes that state", () => {
    expect(find(story("Fighting was reported in Talvoro, Kenya, on Monday."), "Talvoro")?.country).toBe("KE");
    expect(find(story("Families who fled from Talvoro, Niger, reached the camp."), "Talvoro")?.country).toBe("NE");
  });

  it("leaves a name after in alone when no state or town noun follows", () => {
    expect(find(story("The minister said the plan was published in Talvoro on Tuesday."), "Talvoro")).toBeUndefined();
    expect(find(story("Officials in Talvoro, the ministry said, had warned of the attack."), "Talvoro")).toBeUndefined();
  });

  it("reads a port or base named by its capitalized noun as the site alone, no town beside it", () => {
    const kinds = locationsOf(story("The frigate docked at Talvoro Port on Tuesday.")).filter((l) => l.name.startsWith("Talvoro"));
    expect(kinds.map((l) => [l.name, l.kind])).toEqual([["Talvoro Port", "site"]]);
  });

  it("reads a capitalized name before a lower-case border post or refugee camp as that site", () => {
    expect(find(story("Guards at the Talvoro border post fired warning shots on Monday."), "Talvoro border post")?.kind).toBe("site");
    expect(find(story("Some 4,000 families now live in the Sambira refugee camp."), "Sambira refugee camp")?.kind).toBe("site");
  });

  it("takes the state of the place after 'in' in the apposition, over the dateline's", () => {
    const text = "Border clashes\n\nNIAMEY, May 4 (Reuters) - Gunmen attacked Talvoro, a village in Mali's Gao region, killing five.";
    expect(find(text, "Talvoro")?.country).toBe("ML");
  });
});
