import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a state's armed forces named after its ruler", () => {
  it("are a body of that state, though no nationality follows", () => {
    const x = extractArticle({ text: "خبر\n\nواستمع الوفد إلى شرح عن التطور الذي حظيت به قوات السلطان المسلحة في السنوات الأخيرة.", tagger: false });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["قوات السلطان المسلحة", "OM"]]);
  });
});
