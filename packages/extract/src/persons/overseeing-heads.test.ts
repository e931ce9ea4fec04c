import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const roles = (text: string) => extractArticle({ text: `خبر\n\n${text}`, fileName: "t.txt", tagger: false }).persons.map((p) => [p.name, p.role]);

describe("what a supervisor oversees", () => {
  it("keeps the object after على in the supervisor's office", () => {
    expect(roles("وافتتح المعرض المشرف العام على البرنامج الوطني للقراءة، الدكتور سامي عادل الحلبي، بحضور الطلبة.")).toContainEqual(["سامي عادل الحلبي", "المشرف العام على البرنامج الوطني للقراءة"]);
    expect(roles("وحضر مساعد المشرف العام على المشروع، المهندس سامي حسن عبدالرحيم، الحفل.")).toContainEqual(["سامي حسن عبدالرحيم", "مساعد المشرف العام على المشروع"]);
  });
});

describe("a site overseen or headed, named after a king", () => {
  it("keeps a site in construct after على, and the eponym's title and name, in the office", () => {
    expect(roles("ووقع المذكرة المشرف العام على مكتبة الجامعة، الدكتور ماهر سالم العتيبي، مع نظيره.")).toContainEqual(["ماهر سالم العتيبي", "المشرف العام على مكتبة الجامعة"]);
    expect(roles("ووقع المذكرة المشرف العام على مكتبة الملك فهد الوطنية، الدكتور ماهر سالم العتيبي، مع نظيره.")).toContainEqual(["ماهر سالم العتيبي", "المشرف العام على مكتبة الملك فهد الوطنية"]);
    expect(roles("وحضر الحفل مدير جامعة الملك خالد، الدكتور ماهر سالم العتيبي.")).toContainEqual(["ماهر سالم العتيبي", "مدير جامعة الملك خالد"]);
  });
});
