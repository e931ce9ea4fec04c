import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const story = (body: string) => extractArticle({ text: `Envoy holds talks in the capital\n\n${body}` });
const role = (body: string, name: string) => story(body).persons.find((p) => p.name === name)?.role ?? null;

describe("an office after 'the ministry's' held in a body whose name opens with that noun", () => {
  it("rebuilds the office with the ministry named before", () => {
    const body = "The envoy held talks at the Ministry of Foreign Affairs in Kingston. The talks were also attended by the ministry's permanent secretary, Ms Joan Pilling.";
    expect(role(body, "Joan Pilling")).toBe("permanent secretary of the Ministry of Foreign Affairs");
  });

  it("keeps the words joined by and in the body's name", () => {
    const body = "Students of the University of the South Pacific marched. The university's vice-chancellor, Dr Ana Tuilagi, spoke.";
    expect(role(body, "Ana Tuilagi")).toBe("vice-chancellor of the University of the South Pacific");
  });
});
