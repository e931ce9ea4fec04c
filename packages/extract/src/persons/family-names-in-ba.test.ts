import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("family names in با", () => {
  it("keeps a family name in با at the end of a name, and the bare family name later joins the person", () => {
    expect(names("وأوضح قائد القطاع العميد أبو بكر سالم باوزير أن القارب كان قادما. وأشار باوزير إلى أن الشحنة كبيرة.")).toEqual(["أبو بكر سالم باوزير"]);
  });

  it("still reads ب as the preposition before a definite word", () => {
    expect(names("وتحدث العميد محمد سالم باسم الوزارة في المؤتمر.")).toEqual(["محمد سالم"]);
  });
});

describe("a name before the verb's definite object", () => {
  it("ends after a family name in ي (a nisba) before a definite word that is none", () => {
    expect(names("واستقبل قائد لواء المشاة خالد العمري الضيوف في مقر اللواء.")).toEqual(["خالد العمري"]);
    expect(names("واستقبل الشيخ أحمد ناصر المحمد الصباح الوفد.")).toEqual(["أحمد ناصر المحمد الصباح"]);
  });
});

describe("a family name in ب, ل or ك printed again as a remark's subject", () => {
  it("keeps it in the name after a title of address, and the bare family name joins the person", () => {
    expect(names("وحضر اللقاء الشيخ سالم عوض بلعيفة محافظ محافظة شبوة. ومن جهته، أشار بلعيفة إلى أهمية الطريق.")).toEqual(["سالم عوض بلعيفة"]);
  });
});
