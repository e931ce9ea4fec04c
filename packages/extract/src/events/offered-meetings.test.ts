import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-02-02" });

describe("a meeting offered to be hosted", () => {
  it("is no meeting held", () => {
    const x = read("وساطة", "", "وعرض وزير الخارجية القطري خالد بن سعد المري استضافة لقاء بين قائدي الجيشين في الدوحة.");
    expect(x.events.filter((e) => e.type === "meeting")).toEqual([]);
  });

  it("nor is one an English envoy offered to host", () => {
    const x = read("Mediation", "", "Kenyan envoy Peter Wanjala offered to host talks between Colonel Amos Kiprop and Colonel Yusuf Barre in Nairobi.");
    expect(x.events.filter((e) => e.type === "meeting")).toEqual([]);
  });
});
