import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons.map((p) => [p.name, p.role, p.country]);

describe("a ship's commanding officer said with its or whose", () => {
  it("commands the ship named before him, a body named nearer notwithstanding", () => {
    const persons = read(
      "The minister arrived aboard the Chilean frigate CNS Almirante Riveros and was welcomed by a band from the Peruvian Navy. She then toured the frigate, whose commanding officer, Captain Pablo Errazuriz, showed her the bridge.",
    );
    expect(persons).toContainEqual(["Pablo Errazuriz", "commanding officer of the frigate CNS Almirante Riveros", "CL"]);
  });

  it("leaves a colleague with the bare office to his own state", () => {
    const persons = read(
      "Rear Admiral Tom Hale and the base's commanding officer, Captain Lee Brandt, met the Canadian delegation in Perth, Australia. On Friday the visitors went aboard the Canadian frigate HMCS Halifax and were shown round by its commanding officer, Commander Anne Roy.",
    );
    expect(persons).toContainEqual(["Anne Roy", "commanding officer of the frigate HMCS Halifax", "CA"]);
    expect(persons.find((p) => p[0] === "Lee Brandt")?.[2]).not.toBe("CA");
  });

  it("takes a ship's one-word name after its kind when a state owns the ship, and her for the ship", () => {
    const persons = read(
      "The Montenegrin minister met his guest in Podgorica.\nItaly's training ship Aurora, which berthed at Ploce the same morning, opened its decks to local cadets; her commanding officer, Commander Paolo Verdi, then showed the minister round the bridge.",
    );
    expect(persons).toContainEqual(["Paolo Verdi", "commanding officer of the training ship Aurora", "IT"]);
  });
});

describe("a ship of one word named after its kind", () => {
  it("is the ship 'her commanding officer' commands", () => {
    const persons = read(
      "Visit\n\nOn Monday the minister visited the naval base at Split, where its commander, Captain Ivo Petrak, showed him the patrol ship Dalma. Spain's training ship Estrella, which berthed at Split the same morning, opened its decks to cadets; her commanding officer, Commander Luis Ferrano, then showed the minister round the bridge.",
    );
    expect(persons.find((p) => p[0] === "Luis Ferrano")?.[1]).toBe("commanding officer of the training ship Estrella");
  });
});
