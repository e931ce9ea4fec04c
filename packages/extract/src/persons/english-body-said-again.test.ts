import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an English office naming its body again in short", () => {
  it("serves the state of the body its acronym stands for", () => {
    const text =
      "Border talks resume\n\nJUBA, June 3 - Soldiers of the Uganda People's Defence Forces crossed into South Sudan on Sunday to guard a road near Nimule.\n\nBrigadier Okello Tumusiime, the UPDF commander, said the troops would stay for a week.";
    expect(person(text, "Okello Tumusiime")).toMatchObject({ country: "UG" });
  });

  it("serves the state of the body whose last words it repeats in lower case", () => {
    const text =
      "Jets for the south\n\nNAIROBI, June 3 - Kenya will sell four trainer jets to the Zambian Air Force, officials said on Monday.\n\nGen. Mwila Banda, the air force commander, welcomed the sale.";
    expect(person(text, "Mwila Banda")).toMatchObject({ country: "ZM" });
  });

  it("serves the state of the body whose acronym an office said with 'its' is rebuilt with", () => {
    const text =
      "Clinic opens\n\nSUVA, June 3 - The Norway Health Cooperation Agency funded the new clinic in Labasa, officials said.\n\nOn Monday, an NHCA team led by its deputy director, Ingrid Holm Berg, toured the wards.";
    expect(person(text, "Ingrid Holm Berg")).toMatchObject({ country: "NO" });
  });
});
