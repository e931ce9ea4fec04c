import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("an English office written with a hyphen", () => {
  it("keeps 'director-general of …' whole in the role", () => {
    const x = extractArticle({ text: "Navies agree on drills\n\nMANILA, May 4, 2027 - Admiral Ramon Castillo, director-general of the Philippine Coast Guard Academy, said the drills would begin in June." });
    expect(x.persons.find((p) => p.name === "Ramon Castillo")?.role).toBe("director-general of the Philippine Coast Guard Academy");
  });
});
