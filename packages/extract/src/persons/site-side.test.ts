import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const person = (text: string, name: string) => extractArticle({ text: "خبر\n\n" + text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("a nationality printed after a site or a town in an office", () => {
  it("says which side runs the site, wherever the gazetteer puts it", () => {
    expect(person("وقدم مدير ميناء أرقين البري المصري، اللواء حسام الدين فؤاد، شرحا عن التوسعة.", "حسام الدين فؤاد")?.country).toBe("EG");
    expect(person("وقال قائد قاعدة حميميم الروسية، اللواء بوريس كوزلوف، إن الطائرات عادت.", "بوريس كوزلوف")?.country).toBe("RU");
  });

  it("leaves a site with no nationality after it to the gazetteer", () => {
    expect(person("وقال مدير ميناء بورتسودان، العميد كمال حسن، إن السفن رست.", "كمال حسن")?.country).toBe("SD");
  });
});
