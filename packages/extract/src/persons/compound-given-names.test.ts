import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, rank: p.rank, role: p.role }));

describe("compound given names holding a title or a verb-like word", () => {
  it("reads the title after عبد as the second half of the given name, the rank and office before it kept", () => {
    expect(read("واستقبل قائد القوة الجوية الأردنية، اللواء الركن عبد الملك سامي الحياصات، الوفد الزائر.")).toEqual([
      { name: "عبد الملك سامي الحياصات", rank: "اللواء الركن", role: "قائد القوة الجوية الأردنية" },
    ]);
  });

  it("keeps a word before الله inside the name though it opens with ي", () => {
    expect(read("وقال وزير النقل العراقي، الدكتور قاسم مهدي يار الله، إن الطريق سيفتتح قريبا.")[0]?.name).toBe("قاسم مهدي يار الله");
  });
});
