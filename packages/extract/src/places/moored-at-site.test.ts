import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a town said only as a base's name and where a ship berths", () => {
  it("reads 'berthed at X' after 'X Naval Base' as the base, no town", () => {
    const places = placesOf("The admiral toured Changi Naval Base on Tuesday. The corvette berthed at Changi on Friday after a week at sea.");
    expect(places).toContain("Changi Naval Base");
    expect(places).not.toContain("Changi");
  });

  it("does so for a base named in lower case", () => {
    const places = placesOf("The minister went to the Alfeite naval base on Monday. The frigate had docked at Alfeite two days before.");
    expect(places).toContain("Alfeite naval base");
    expect(places).not.toContain("Alfeite");
  });

  it("keeps the town when the text names it otherwise too", () => {
    const places = placesOf("The admiral toured Changi Naval Base on Tuesday. The corvette berthed at Changi on Friday, and the crew went ashore in Changi for dinner.");
    expect(places).toContain("Changi");
  });
});
