import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });

describe("a sea named in the sentence of talks or a signing", () => {
  it("keeps the city over a strait the agreement is about", () => {
    const x = read(
      "توقيع اتفاقية بحرية",
      "وقع اللواء بحري سامر فؤاد الخطيب والعقيد بحري جان بيير موكولو اليوم في الدوحة اتفاقية للتعاون في مكافحة التهريب في بحر العرب ومضيق هرمز.",
    );
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("الدوحة");
  });

  it("takes the dateline's city, not the strait, for a memorandum on patrols there", () => {
    const x = read("Patrol pact", "", "MANILA, 3 March 2026 - Ruritania and Borduria signed a memorandum on Tuesday to run joint patrols in the Strait of Hormuz, their navies said.");
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("Manila");
  });

  it("still places an exercise at sea", () => {
    const x = read("Drill", "", "CAIRO - The navies of Egypt and Greece held a joint exercise in the Red Sea on Monday.");
    expect(x.events.find((e) => e.type === "other")?.location).toBe("Red Sea");
  });

  it("takes no sea from a headline's signing, which names what was signed about", () => {
    const headline = "Oman, India sign pact on joint patrols in Arabian Sea";
    const lead = "MUSCAT, 3 March 2027 - Oman and India signed a memorandum on Wednesday to run joint patrols in the Arabian Sea against piracy, Omani Defence Minister Salim Al Harthy said.";
    const signing = read(headline, "", lead).events.find((e) => e.type === "agreement");
    expect(signing?.location).toBe("Muscat");
  });
});

