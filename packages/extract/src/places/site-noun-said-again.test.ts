import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import { isSiteNounSaidAgain } from "./place-noun-said-again";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a site's noun whose name is another site's noun with the article", () => {
  it("is a part of the site named before, no place of its own", () => {
    const places = read("زيارة\n\nالقاهرة - زار القائد قاعدة نوريس البحرية، ثم صعد إلى سفينة راسية في ميناء القاعدة، وتفقد برج المطار.");
    expect(places).toContain("قاعدة نوريس البحرية");
    expect(places.some((p) => p.includes("ميناء القاعدة") || p.includes("برج"))).toBe(false);
  });

  it("leaves a site whose name goes on after the noun", () => {
    const [noun, next] = tokenize("القاعدة الجوية");
    expect(isSiteNounSaidAgain(noun!, next)).toBe(false);
    expect(isSiteNounSaidAgain(tokenize("الميناء")[0]!, undefined)).toBe(true);
  });
});

describe("observatories and hills", () => {
  it("are sites named by the proper name after them", () => {
    const places = read("جولة\n\nطشقند - زار الوفد مرصد ناصر خان على تلة برداك شمالي المدينة.");
    expect(places).toEqual(expect.arrayContaining(["مرصد ناصر خان", "تلة برداك"]));
  });
});
