import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("Madam before a name", () => {
  it("anchors the name as a form of address, no rank", () => {
    const x = extractArticle({
      text: "Fisheries talks\n\nThe meeting in Accra was attended by Ghana's Minister of Fisheries, Madam Efua Mensimah Darko, and officials of the two ministries.",
    });
    const p = x.persons.find((q) => q.name === "Efua Mensimah Darko");
    expect(p).toBeDefined();
    expect(p?.rank).toBeNull();
  });
});
