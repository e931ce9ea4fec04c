import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-12" });

describe("who signed an agreement the sentence before reported", () => {
  it("signs it, with no noun for it and no ceremony of its own", () => {
    const x = read(
      "Pact",
      "",
      "SUVA, Fiji (AP) — Fiji and Tonga signed an agreement on Tuesday on joint fisheries patrols.",
      "",
      "Tonga's Defence Minister Sione Taufa signed for his government and Fiji's Minister for Home Affairs Mere Kaloumaira signed for hers at a ceremony in Suva.",
    );
    expect(x.events.map((e) => [e.type, e.participants])).toEqual([["agreement", ["Sione Taufa", "Mere Kaloumaira"]]]);
  });

  it("but one who attended the signing on arrival signed nothing", () => {
    const x = read(
      "اتفاق",
      "",
      "كولومبو - وقعت سريلانكا والمالديف اليوم اتفاقية للتعاون في خفر السواحل.",
      "وكانت الوزيرة المالديفية عائشة حسن رشيد قد وصلت إلى كولومبو أمس، وحضر التوقيع السفير المالديفي محمد علي نسيم.",
    );
    expect(x.events.filter((e) => e.type === "agreement")).toHaveLength(1);
  });
});
