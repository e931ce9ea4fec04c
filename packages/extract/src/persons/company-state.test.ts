import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "News\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("a company's executive speaks for the state the company was named with", () => {
  it("gives the state of a state's possessive before the company", () => {
    const text =
      "WINDHOEK – Local firm Kalahari Salt and Germany's Elbwerk Chemie GmbH on Friday signed a supply agreement.\n\n" +
      "The deal was signed by Elbwerk's chief executive, Jonas Richter, at a hotel in Windhoek.";
    expect(read(text).find((p) => p.name === "Jonas Richter")?.country).toBe("DE");
  });

  it("leaves a scholar at a university with no state", () => {
    expect(read("\"The talks matter,\" said Dana Ruiz, a security analyst at the University of the Philippines.").find((p) => p.name === "Dana Ruiz")?.country ?? null).toBeNull();
  });
});

describe("the executive of a public authority or a festival", () => {
  it("serves the state, unlike a company's", () => {
    const text = "خبر\n\nدشن أمير منطقة تبوك أمس مهرجان تبوك للورد. وقال المدير التنفيذي للمهرجان، فيصل سعد الشهري، إن المهرجان يستمر أسبوعا.";
    expect(extractArticle({ text }).persons.find((p) => p.name === "فيصل سعد الشهري")?.country).toBe("SA");
  });
});

describe("the executive of a state's public corporation", () => {
  it("serves the state, unlike a company's", () => {
    const text = "خبر\n\nوتفقد وزير النقل الأردني أمس ميناء العقبة، يرافقه الرئيس التنفيذي للمؤسسة العامة للموانئ، سامر خليل العبادي.";
    expect(extractArticle({ text }).persons.find((p) => p.name === "سامر خليل العبادي")?.country).toBe("JO");
  });
});

describe("an office joined by and with no comma after a name", () => {
  it("is another, unnamed person's, and so is the nationality before it", () => {
    const text = "WINDHOEK – The agreement was witnessed by trade minister Selma Nakale and the German ambassador in Windhoek.";
    expect(read(text)).toEqual([{ name: "Selma Nakale", role: "trade minister", country: "NA" }]);
  });
});
