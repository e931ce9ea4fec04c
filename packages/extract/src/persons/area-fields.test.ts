import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("an English title's field of three words closed by an area's noun", () => {
  it("keeps 'Paramount Chief of X Y Chiefdom' whole before the name", () => {
    const p = person("The Paramount Chief of Kori Gbanda Chiefdom, Sahr Tamba Lebbie, who attended the talks, urged calm.", "Sahr Tamba Lebbie");
    expect(p?.role).toBe("Paramount Chief of Kori Gbanda Chiefdom");
  });

  it("reads the chiefdom as a region of the story", () => {
    const loc = read("Traders in Kori Gbanda Chiefdom, Sierra Leone, said the road was closed.").locations.find((l) => l.name === "Kori Gbanda Chiefdom");
    expect(loc?.kind).toBe("region");
    expect(loc?.country).toBe("SL");
  });

  it("does not take a third capitalized word that is no area's noun into the field", () => {
    const p = person("The Minister of Fisheries Kwame Osei Mensah, spoke at the launch.", "Kwame Osei Mensah");
    expect(p?.role ?? "").not.toContain("Mensah");
  });
});
