import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a museum with a name of its own", () => {
  it("is a body that lends its collections, after the indefinite head or the definite one and its kind", () => {
    const orgs = read("ويضم المعرض قطعا أثرية من مقتنيات المتحف الوطني للفنون الشعبية ومتحف الرباط، ويستمر شهرين.");
    expect(orgs).toContain("المتحف الوطني للفنون الشعبية");
    expect(orgs).toContain("متحف الرباط");
  });
  it("takes a nationality after the definite head as its name", () => {
    expect(read("وقالت الوزيرة إن المتحف التونسي الكبير سيعير القطع للمعرض.")).toContain("المتحف التونسي الكبير");
  });
  it("is none when the visitors went to it", () => {
    expect(read("وقام الوفد بزيارة إلى متحف الرباط، حيث اطلع على المخطوطات.")).not.toContain("متحف الرباط");
  });
  it("is the place only in a sentence telling of no exhibition nor collections", () => {
    expect(read("وعقد الجانبان اجتماعا في المتحف الوطني للفنون الشعبية أمس.")).not.toContain("المتحف الوطني للفنون الشعبية");
  });
  it("is none after the noun of a visit a few words before", () => {
    expect(read("وخلال زيارته الرسمية لمتحف الرباط اطلع على معرض المخطوطات.")).not.toContain("متحف الرباط");
  });
  it("is none by the head with a family's nisba or alone", () => {
    const orgs = read("ووقع المتحف اتفاقية مع الجامعة، وقعها عن المتحف الهاشمي مديره، وتنص على إعارة المقتنيات.");
    expect(orgs.some((o) => o.includes("المتحف"))).toBe(false);
  });
  it("is a party to an agreement it signs, even named only in its director's title", () => {
    const orgs = read("افتتح سالم علي، مدير عام متحف الفجيرة للفنون الشعبية، المهرجان في الرباط.\n\nووقع المتحف على هامش الافتتاح مذكرة تفاهم مع جامعة محمد الخامس.");
    expect(orgs).toContain("متحف الفجيرة للفنون الشعبية");
  });
  it("is a party when its director signs in its name, and another museum of the article stays the place", () => {
    const orgs = read("وجرت المراسم في متحف الرباط أمس.\n\nووقع الوزير ومدير المتحف الوطني البولندي الدكتور يان نوفاك مذكرة تفاهم لتبادل الخبرات.");
    expect(orgs).toContain("المتحف الوطني البولندي");
    expect(orgs).not.toContain("متحف الرباط");
  });
});

describe("a library with a name of its own", () => {
  it("is a body that lends its collections, named after a king or by its kind", () => {
    const orgs = read("ويضم المعرض مخطوطات نادرة من مقتنيات مكتبة الملك فهد العامة والمكتبة الوطنية الماليزية، ويستمر شهرا.");
    expect(orgs).toContain("مكتبة الملك فهد العامة");
    expect(orgs).toContain("المكتبة الوطنية الماليزية");
  });
});
