import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("an office at a site said again by its noun", () => {
  it("rebuilds the office with the port named before and gives the port's state", () => {
    expect(read("وزار الوفد الإسباني لاحقا ميناء الحسيمة، حيث قدم له مدير الميناء، كريم العلوي، شروحات حول المراقبة.")).toEqual([
      { name: "كريم العلوي", role: "مدير ميناء الحسيمة", country: "MA" },
    ]);
  });

  it("takes a site's own name of bare words closed by a comma", () => {
    expect(read("وتوجه الوزير إلى معبر وادي سرحان، حيث استقبله مدير المعبر، ماهر سليم الحديد، في مكتبه.")[0]?.role).toBe("مدير معبر وادي سرحان");
  });
});

describe("the Maghreb secretary of state", () => {
  it("reads كاتب الدولة as an office before a name", () => {
    expect(read("وقاد الوفد الإسباني كاتب الدولة للأمن، خوسيه رامون ألفاريث، مرفوقا بمسؤولين.")[0]).toEqual({ name: "خوسيه رامون ألفاريث", role: "كاتب الدولة للأمن", country: "ES" });
  });
});
