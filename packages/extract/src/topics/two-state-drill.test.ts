import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text }).topics;

describe("the forces of two states drilling together are military cooperation", () => {
  it("reads an exercise of two states' navies as military cooperation though it is not called joint", () => {
    const text = [
      "Portuguese and Moroccan navies start week-long drill off Tangier",
      "",
      "RABAT (Reuters) - The navies of Portugal and Morocco began a week-long exercise off Tangier on Monday, the Moroccan defence ministry said, with ships practising mine clearance near the strait.",
      "Rear Admiral Tomas Ferreira, who leads the Portuguese ships, said the military drill would end on Sunday.",
    ].join("\n");
    expect(topics(text)).toContain("military-cooperation");
  });

  it("does not read one state's army drilling alone as military cooperation", () => {
    const text = [
      "Moroccan army starts week-long drill in the south",
      "",
      "RABAT (Reuters) - The Moroccan army began a week-long exercise near Guelmim on Monday, the defence ministry said, with tanks practising river crossings.",
      "Colonel Driss Benali, who leads the units, said the military drill would end on Sunday.",
    ].join("\n");
    expect(topics(text)).not.toContain("military-cooperation");
  });
});
