import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const person = (body: string, name: string) => {
  const x = extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });
  return x.persons.find((q) => q.name === name) ?? null;
};
const role = (body: string, name: string) => person(body, name)?.role ?? null;

describe("an English office after \"the <noun>'s\" is held in the body named before with that noun", () => {
  it("reads the academy named before", () => {
    expect(
      role(
        "The delegation toured the Northern Military Academy in Tarvik. It was welcomed by the academy's commander, Major General Olan Vesk, who showed the library.",
        "Olan Vesk",
      ),
    ).toBe("commander of the Northern Military Academy");
  });

  it("reads a hospital whose name has a possessive in it", () => {
    expect(
      role(
        "Two wounded guards were taken to the St Mara's Harbour Hospital. Their condition is stable, according to the hospital's medical director, Dr Lena Ostrova.",
        "Lena Ostrova",
      ),
    ).toBe("medical director of the St Mara's Harbour Hospital");
  });

  it("reads a company by its legal form", () => {
    expect(
      role(
        "The court fined Redstone Cement Works Limited for the dust. The company's spokesman, Arvin Tolle, said it would appeal.",
        "Arvin Tolle",
      ),
    ).toBe("spokesman of Redstone Cement Works Limited");
  });

  it("reads a company described by its kind before its name ('the Ethiopian firm X')", () => {
    expect(
      role(
        "Under the deal, the Ethiopian firm Rift Harbour Works will refit the pier, the company's chief executive, Almaz Tadesse, told reporters.",
        "Almaz Tadesse",
      ),
    ).toBe("chief executive of Rift Harbour Works");
  });

  it("leaves the office alone when no body with that noun was named", () => {
    expect(role("The hospital's medical director, Dr Lena Ostrova, said the wards were full.", "Lena Ostrova")).toBe("medical director");
  });
});

describe("an office in an agency described by its kind serves the state named before the kind", () => {
  it("gives the agency's director the state of 'X's agency' and holds in it an office that names its field", () => {
    const p = person(
      "Chile's customs agency ADUCH said it stopped a truck bound for Peru. The agency's director of intelligence, Marta Quiroga, said the driver was held.",
      "Marta Quiroga",
    );
    expect(p?.role).toBe("director of intelligence of ADUCH");
    expect(p?.country).toBe("CL");
  });
});
