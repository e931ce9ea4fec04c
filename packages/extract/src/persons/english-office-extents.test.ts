import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const person = (text: string, name: string) => extractArticle({ text: "Report\n\n" + text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons.find((p) => p.name === name);

describe("English offices that run further than their head's words", () => {
  it("keeps a ministry named Government in the office before the name", () => {
    expect(person("The accord was signed by Bolivian Government Minister Pedro Alanoca Ruiz in the border town.", "Pedro Alanoca Ruiz")?.role).toBe("Bolivian Government Minister");
  });

  it("keeps the fields of one ministry listed with commas, and the name after them whole", () => {
    const p = person("The forum was attended by the Gambian Minister of Trade, Industry and Tourism, Mr Lamin Sowe Jallow, and two hundred traders.", "Lamin Sowe Jallow");
    expect(p?.role).toBe("Gambian Minister of Trade, Industry and Tourism");
    expect(p?.country).toBe("GM");
  });

  it("reads a state's public body after 'of the' in a title before the name, acronym and all, and its state", () => {
    const p = person("The Chief Executive of the Kenya Ports Authority (KPA), Dr Otieno Wambua, said the new berth would open in May.", "Otieno Wambua");
    expect(p?.role).toBe("Chief Executive of the Kenya Ports Authority (KPA)");
    expect(p?.country).toBe("KE");
  });

  it("keeps a unit counted by an ordinal after the force's possessive", () => {
    expect(person("Rear Admiral Tomas Reyes, commander of the Navy's 4th Fleet Command, said the patrols would go on.", "Tomas Reyes")?.role).toBe("commander of the Navy's 4th Fleet Command");
  });

  it("reads the office of a clause with 'who led' after the force a name belongs to, without the unit's size", () => {
    expect(person("Major Lwazi Dube of the Lesotho Defence Force, who led the Lesotho contingent of about 80 soldiers, thanked the hosts.", "Lwazi Dube")?.role).toBe("leader of the Lesotho contingent");
  });
});
