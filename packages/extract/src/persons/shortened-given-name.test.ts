import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isShortenedGivenName } from "./shortened-given-name";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (body: string) =>
  extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" }).persons.map((p) => p.name);

describe("a given name cut short in a later English mention", () => {
  it("joins the short form to the full name with the same family name", () => {
    expect(names("Minister Frederick Moss opened the port on Monday. Later, Fred Moss told reporters the berth was ready.")).toEqual(["Frederick Moss"]);
  });

  it("keeps apart names that differ by one letter or share no family name", () => {
    expect(isShortenedGivenName("jon", "joni")).toBe(false);
    expect(isShortenedGivenName("al", "alfred")).toBe(false);
    expect(isShortenedGivenName("alex", "alexander")).toBe(true);
    expect(names("Jon Reed met Joni Reed in Leeds.").sort()).toEqual(["Jon Reed", "Joni Reed"]);
  });

  it("leaves Arabic names alone", () => {
    expect(isShortenedGivenName("محمد", "محمدين")).toBe(false);
  });
});
