import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).persons.find((p) => p.name === name);

describe("Arabic offices read by the persons rules only", () => {
  it("reads a chargé d'affaires' office, and the state of his embassy, not the host's", () => {
    const p = person("وشهد التوقيع عدد من المسؤولين، والسيد ماركو دينيف القائم بأعمال سفارة بلغاريا لدى كينيا.", "ماركو دينيف");
    expect(p?.role).toBe("القائم بأعمال سفارة بلغاريا لدى كينيا");
    expect(p?.country).toBe("BG");
  });

  it("reads a woman representative's office before her name, with no state for an international body", () => {
    const p = person("ورافق الوزير في جولته محافظ المنطقة، السيد علي حامد سالم، وممثلة المنظمة الدولية للهجرة في مالي، السيدة هيلين كارتر، التي وعدت بدعم العائدين.", "هيلين كارتر");
    expect(p?.role).toBe("ممثلة المنظمة الدولية للهجرة في مالي");
    expect(p?.country).toBeNull();
  });
});

describe("an artist's occupation before a name", () => {
  it("is the role of the name after it, with the nationality before it (Brazilian singer X)", () => {
    const text = "Festival\n\nOn Friday, Brazilian singer Marisa Lemos sang two songs, and Kenyan painter John Otieno showed his work.";
    const people = extractArticle({ text, fileName: "t.txt" }).persons;
    expect(people.find((p) => p.name === "Marisa Lemos")).toMatchObject({ role: "Brazilian singer", country: "BR" });
    expect(people.find((p) => p.name === "John Otieno")?.role).toBe("Kenyan painter");
  });
});
