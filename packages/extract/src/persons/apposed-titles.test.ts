import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const persons = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => [p.name, p.role, p.country]);

describe("titles in apposition and names that end early", () => {
  it("reads a lower-case English title after a comma and an article, with its qualifiers", () => {
    const p = persons("Radar deal", "Nadia Ferreira, a security analyst at the naval college, said the radars mattered more.");
    expect(p).toEqual([["Nadia Ferreira", "security analyst", null]]);
  });

  it("reads company offices after a comma as roles, and a Philippine title as the Philippines'", () => {
    const p = persons(
      "Hull contract",
      "The contract was signed by Tomas Lindqvist, managing director of the shipyard, and Rosa Magsaysay, the Philippine defense secretary, on Friday.",
    );
    expect(p.map(([name, role]) => [name, role])).toEqual(expect.arrayContaining([["Tomas Lindqvist", "managing director"]]));
    expect(p).toEqual(expect.arrayContaining([["Rosa Magsaysay", "Philippine defense secretary", "PH"]]));
  });

  it("reads 'الفريق' before a collective adjective as the team, so it does not cut the role", () => {
    const p = persons("نقاش برلماني", "وقالت خديجة بنت أحمد، رئيسة الفريق البرلماني للحزب، إن الحكومة لم تنشر الملاحق.");
    expect(p).toEqual([["خديجة بنت أحمد", "رئيسة الفريق البرلماني للحزب", null]]);
  });

  it("reads an indefinite 'فريق' before a group's task as a team, not a rank before a name", () => {
    const p = persons("اتفاقية أمنية", "وتنص المذكرة على تشكيل فريق عمل مشترك وفريق خبراء فنيين يجتمعان مرة كل عام في الدوحة.");
    expect(p).toEqual([]);
    // An indefinite adjective of kind after it ("فريق فني", "فريق طبي") says the same.
    expect(persons("لقاء حدودي", "واتفق الجانبان على تشكيل فريق فني لدراسة توسعة المعبر قبل نهاية العام.")).toEqual([]);
  });

  it("ends a Maghreb name after the father's name that ولد calls for", () => {
    const names = persons("نقاش برلماني", "وقدّم وزير المالية إسلمو ولد أعمر المشروع أمام النواب في نواكشوط.").map((p) => p[0]);
    expect(names).toEqual(["إسلمو ولد أعمر"]);
  });
});

describe("a given name that holds a verb after ف", () => {
  it("reads فيصل as a name, not as ف + يصل (arrives)", () => {
    const names = persons("بيان", "وقال إن فيصل ناجي الحميري، المتحدث باسم الحكومة، وصل إلى عدن.").map((p) => p[0]);
    expect(names).toEqual(["فيصل ناجي الحميري"]);
  });
});

describe("offices listed with a comma and و before a name", () => {
  it("gives the name only the office right before it, not the unnamed one listed first", () => {
    const p = persons("افتتاح", "", "وافتتح المعرض بحضور والي ولاية نواذيبو، والقنصل العام للمملكة المغربية بنواذيبو، عادل الفاسي.");
    expect(p).toEqual([["عادل الفاسي", "القنصل العام للمملكة المغربية بنواذيبو", "MA"]]);
  });
});
