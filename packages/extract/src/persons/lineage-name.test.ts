import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a Gulf name printed in full, then cut after the father's name", () => {
  it("is reported by its full form", () => {
    const x = extractArticle({
      text: "اتفاقية\n\nوقع الاتفاقية عن الجانب القطري سعادة الشيخ راشد بن حمد بن سالم آل نوري وزير الدولة للشؤون الداخلية، وعن الجانب السنغالي سعادة السيد مامادو ساخو وزير الداخلية.\n\nوكان سعادة الشيخ راشد بن حمد قد عقد مع الوزير ساخو جلسة مباحثات رسمية.",
    });
    const p = x.persons.find((q) => q.name.startsWith("راشد"));
    expect(p?.name).toBe("راشد بن حمد بن سالم آل نوري");
    expect(p?.rank).toBeNull();
  });
});
