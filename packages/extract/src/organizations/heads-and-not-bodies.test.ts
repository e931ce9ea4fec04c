import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => [o.name, o.country]);

describe("customs", () => {
  it("reads a state's customs named by its nationality, not the word alone", () => {
    expect(orgs("وحضر وفد من الجمارك المغربية، فيما قال ضابط في الجمارك إن الشحنة حجزت.")).toEqual([["الجمارك المغربية", "MA"]]);
  });
});

describe("units and committees named by what they do", () => {
  it("reads an army's regiment named by its arm", () => {
    expect(orgs("وكان فوج المغاوير في الجيش قد أمن الطريق قبل وصول القافلة.").map(([n]) => n)).toContain("فوج المغاوير");
  });

  it("reads no body from the committee organizing an occasion, nor from the traffic of patrols", () => {
    expect(orgs("وقالت اللجنة المنظمة إن الطرق فتحت لتسهيل حركة الدوريات والقوارب.")).toEqual([]);
  });
});

describe("the states owning a force", () => {
  it("reads no body from the armed forces of both states", () => {
    expect(orgs("وبحث الجانبان سبل التعاون بين القوات المسلحة لكلا البلدين.")).toEqual([]);
  });
});

describe("a town's municipality and a festival", () => {
  it("reads the municipality named by its region, and no body from a festival nor from the word used for honesty", () => {
    const names = orgs("وافتتح المحافظ مهرجان الجوف للزيتون الذي تنظمه الغرفة بالتعاون مع أمانة المنطقة، وقال إنه يؤدي عمله بكل أمانة.").map(([n]) => n);
    expect(names).toContain("أمانة المنطقة");
    expect(names.some((n) => String(n).startsWith("مهرجان"))).toBe(false);
  });
});
