import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" });

describe("organizations whose name starts another's", () => {
  it("keeps the shorter name's mentions under the longer name", () => {
    const x = read("أكد مجلس الأمن في بيان أهمية الحوار. وقال مجلس الأمن الدولي إن الوضع خطير. ودعا مجلس الأمن إلى الهدوء.");
    const council = x.organizations.find((o) => o.name === "مجلس الأمن الدولي");
    expect(council).toBeDefined();
    expect(council!.mentions.map((m) => m.surface)).toEqual(["مجلس الأمن", "مجلس الأمن الدولي", "مجلس الأمن"]);
    expect(x.organizations.filter((o) => o.name.startsWith("مجلس الأمن"))).toHaveLength(1);
  });

  it("gives each short mention to the longer name printed nearest before it", () => {
    const x = read("أعلنت وزارة الدفاع المصرية بدء التدريب. وقالت وزارة الدفاع إن التدريب ناجح. ثم أعلنت وزارة الدفاع الليبية مشاركتها. وأكدت وزارة الدفاع أن وفدها وصل.");
    const eg = x.organizations.find((o) => o.name === "وزارة الدفاع المصرية");
    const ly = x.organizations.find((o) => o.name === "وزارة الدفاع الليبية");
    expect(eg?.mentions).toHaveLength(2);
    expect(ly?.mentions).toHaveLength(2);
    expect(x.organizations.find((o) => o.name === "وزارة الدفاع")).toBeUndefined();
  });
});
