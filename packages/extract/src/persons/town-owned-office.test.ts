import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "Ministers meet on the border\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("an English office opened by a town's possessive", () => {
  it("gives the holder the state of a town the world lists hold", () => {
    const persons = read(
      "The defence ministers of Norway and Finland met in Oslo on Tuesday. The minister later flew north, where Kuusamo's mayor, Liisa Hakala, showed him the new road to the border.",
    );
    expect(persons.find((p) => p.name === "Liisa Hakala")).toEqual({ name: "Liisa Hakala", role: "Kuusamo's mayor", country: "FI" });
  });

  it("reads an intendente as an office and gives him his town's state", () => {
    const persons = read(
      "Uruguay and Brazil opened a joint police post on Monday in Rivera, on the border. Rivera's intendente, Marcelo Bentancur, said the post would open at night too.",
    );
    expect(persons.find((p) => p.name === "Marcelo Bentancur")).toEqual({ name: "Marcelo Bentancur", role: "Rivera's intendente", country: "UY" });
  });
});
