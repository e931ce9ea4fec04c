import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const persons = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => [p.name, p.role, p.country]);

describe("a woman's office printed with the article", () => {
  it("reads 'الرئيسة التنفيذية' set off before a name in a list as that name's office", () => {
    const p = persons(
      "عقد إنشاء",
      "الجزائر - ووقع العقد كل من المدير العام للمؤسسة، سمير بن علي، والرئيسة التنفيذية للشركة التركية، فاطمة أوزتورك، بمقر المؤسسة.",
    );
    expect(p).toEqual(expect.arrayContaining([["سمير بن علي", "المدير العام للمؤسسة", "DZ"]]));
    expect(p.find(([name]) => name === "فاطمة أوزتورك")?.[1]).toBe("الرئيسة التنفيذية للشركة التركية");
  });

  it("reads 'القنصلة العامة' as a posted office that keeps the town of her post", () => {
    const p = persons(
      "اجتماع أمني",
      "الرباط - وحضر الاجتماع عامل إقليم الناظور، أحمد الطاهري، والقنصلة العامة لفرنسا بطنجة، ماري دوبون، إلى جانب ضباط من الجانبين.",
    );
    expect(p).toEqual(expect.arrayContaining([["ماري دوبون", "القنصلة العامة لفرنسا بطنجة", "FR"]]));
  });
});

describe("a family name inside a quoted company's name", () => {
  it("is the company's name, not the person who bears it said again", () => {
    const x = extractArticle({
      text: [
        "عقد إنشاء",
        'الجزائر - وقعت المؤسسة عقدا مع المجمع التركي "أوزتورك للإنشاءات البحرية" لإنجاز رصيف جديد.',
        "ووقع العقد كل من المدير العام للمؤسسة، سمير بن علي، والرئيسة التنفيذية للمجمع التركي، فاطمة أوزتورك، بمقر المؤسسة.",
        "وقالت أوزتورك إن الأشغال تبدأ في الربيع.",
      ].join("\n"),
    });
    const fatma = x.persons.find((p) => p.name === "فاطمة أوزتورك");
    expect(fatma?.mentions.map((m) => m.surface)).toEqual(["فاطمة أوزتورك", "أوزتورك"]);
  });
});
