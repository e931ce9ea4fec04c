import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "Border talks\n\n" + text }).organizations.map((o) => o.name);

describe("a body inside a lower-case title printed before the holder's name", () => {
  it("is part of his role, not a body of the story", () => {
    const names = orgs("The two ministers met in Riverton on Monday. The commander of Norland's Rural Constabulary, Commissioner General Tomas Varga, and the head of the Eastern Ridge Command, Maj. Gen. Paul Ostrin, also attended the meeting.");
    expect(names.some((n) => n.includes("Constabulary") || n.includes("Ridge"))).toBe(false);
  });

  it("is still a body when the title follows the name", () => {
    expect(orgs("Rear Admiral Tomas Varga, commander of the Norland Navy, opened the drill on Monday.")).toContain("Norland Navy");
  });

  it("is still a body when the holder's name after the comma belongs to someone joined by and", () => {
    expect(orgs("Admiral Paul Ostrin, the head of Norland's Coastal Watch Agency, and Admiral Tomas Varga signed the plan.").some((n) => n.includes("Coastal Watch Agency"))).toBe(true);
  });
});
