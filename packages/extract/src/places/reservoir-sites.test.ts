import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a dam named by its town", () => {
  it("'خزان' with a listed town right after it is the dam, a site; the town is no place there", () => {
    const places = read("مياه\n\nالخرطوم - تفقد وزير الري أمس خزان سنار، واطلع على منسوب المياه في الخزان.");
    expect(places).toContain("خزان سنار/site");
    expect(places).not.toContain("سنار/city");
  });

  it("a tank is no named place", () => {
    const places = read("حريق\n\nالخرطوم - اشتعل خزان وقود قرب المصنع، ثم امتلأ خزان المياه.");
    expect(places.some((p) => p.startsWith("خزان"))).toBe(false);
  });
});
