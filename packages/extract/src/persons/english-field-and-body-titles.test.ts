import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Sentences written for these tests, not text from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-05-03" }).persons.find((p) => p.name === name);

describe("English offices with a field or a body of their own", () => {
  it("keeps a field of two capitalized words closed by the comma before the name ('The Director of Health Services, Dr X,')", () => {
    const p = person("Dengue cases rise\n\nNAIROBI, Kenya — The Director of Health Services, Dr Tomas Varga, said cases rose in the north.", "Tomas Varga");
    expect(p?.role).toBe("Director of Health Services");
    expect(p?.rank).toBe("Dr");
  });

  it("still ends a one-word field before the name ('The Minister of Defence, X,')", () => {
    expect(person("Talks\n\nNAIROBI, Kenya — The Minister of Defence, Tomas Varga, said the talks went well.", "Tomas Varga")?.role).toBe("Minister of Defence");
  });

  it("reads a body of two capitalized words opening the sentence into a lower-case office ('Coast Guard spokesperson X')", () => {
    const p = person("Rescues at sea\n\nMANILA — Coast Guard spokesperson Rear Admiral Tomas Varga said the agency rescued 40 fishermen.", "Tomas Varga");
    expect(p?.role).toBe("Coast Guard spokesperson");
    expect(p?.rank).toBe("Rear Admiral");
  });

  it("leaves a name printed before an office mid-sentence out of it", () => {
    const p = person("Talks\n\nMANILA — The talks were held on Monday, and Pedro Santos Reyes spokesperson Tomas Varga said so.", "Tomas Varga");
    expect(p?.role ?? "").not.toContain("Santos");
  });
});

describe("an English office joined by 'and' after a name that has its office", () => {
  it("is another person's, with a comma before 'and' too", () => {
    const p = person("Berth opens\n\nMOMBASA, Kenya — Turkey's Ambassador to Kenya, H.E. Ayla Demir, and the Mombasa County Commissioner were also present.", "Ayla Demir");
    expect(p?.role).toBe("Ambassador to Kenya");
    expect(p?.country).toBe("TR");
  });
});

describe("a field of two words joined by 'and' before a courtesy title", () => {
  it("stays in the capitalized office ('Cabinet Secretary for Roads and Transport Ms. X')", () => {
    const p = person("Berth opens\n\nMOMBASA, Kenya — Cabinet Secretary for Roads and Transport Ms. Wanjiru Achieng cut the ribbon on Monday.", "Wanjiru Achieng");
    expect(p?.role).toBe("Cabinet Secretary for Roads and Transport");
    expect(p?.rank).toBeNull();
  });
});

describe("an assistant commissioner of police", () => {
  it("is the rank, and the office is the one the clause after the name gives", () => {
    const p = person("Smuggling\n\nHARARE — Assistant Commissioner Rudo Ncube, who heads the Zimbabwe Republic Police in Matabeleland North, told the commission the tusks came from Hwange.", "Rudo Ncube");
    expect(p?.rank).toBe("Assistant Commissioner");
    expect(p?.role).toBe("head of the Zimbabwe Republic Police in Matabeleland North");
  });
});
