import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const story = (body: string) => extractArticle({ text: `Lake pact signed\n\nPUNO, Peru (AFP) - ${body}`, fileName: "t.txt" }).persons;

describe("an untitled English name paired by 'and' with one side's person", () => {
  const body =
    "Peru's Interior Minister Ana Quispe and Bolivian Interior Minister Luis Mamani signed a pact on lake patrols. Bolivia will send boats. " +
    '"We act together," Quispe said, adding that the plan had the backing of Dina Boluarte and Santiago Choque.';

  it("is of the other side of a story of two states", () => {
    const p = story(body);
    expect(p.find((x) => x.name === "Dina Boluarte")?.country).toBe("PE");
    expect(p.find((x) => x.name === "Santiago Choque")?.country).toBe("BO");
  });

  it("gets no state from a partner who has none", () => {
    const p = story("Talks ended on Monday. The deal was praised by Rosa Quenta Jr. and Mario Apaza.");
    expect(p.find((x) => x.name === "Mario Apaza")?.country ?? null).toBeNull();
  });
});
