import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "عنوان\n" + text }).organizations.map((o) => o.name);

describe("a word after a feminine head that ends in a bare ي is a name, not an adjective", () => {
  it("reads a university or a company named by one foreign word ending in ي", () => {
    expect(names("وكان باحثون في جامعة توماني قد نشروا دراسة عن الجفاف العام الماضي.")).toContain("جامعة توماني");
  });

  it("reads a company whose quoted name spells a Latin acronym letter by letter", () => {
    expect(names('وقال المتحدث إن الزوارق ستبنيها شركة "بي كي إل مارين"، وإن أول زورق سيسلم قريبا.')).toContain("شركة بي كي إل مارين");
  });

  it("still reads no body from a feminine head and an agreeing adjective", () => {
    expect(names("وتعاقدت البلدية مع شركة محلية لتنظيف الشوارع.")).toEqual([]);
  });
});

describe("an indefinite head and what it is for describe a body, they name none", () => {
  it("reads no body from 'شركة للنقل' but keeps a named body with a ل complement", () => {
    const x = names("وأوقفت الشرطة موظفا في شركة للنقل البحري، وقالت الهيئة العامة للموانئ إن التحقيق مستمر.");
    expect(x).toEqual(["الهيئة العامة للموانئ"]);
  });
});
