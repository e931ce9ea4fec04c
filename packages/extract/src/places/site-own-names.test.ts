import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sites = (body: string) =>
  extractArticle({ text: `خبر\n\nالرباط - وكالات\n${body}`, fileName: "ar-x.txt" })
    .locations.filter((l) => l.kind === "site")
    .map((l) => l.name);

describe("a site named by its own name, read whole", () => {
  it("a port named by a town of two words keeps both, though the second is a given name", () => {
    expect(sites("ورست الفرقاطة في ميناء بورت لويس صباح الاثنين.")).toContain("ميناء بورت لويس");
  });

  it("a deep-water port keeps the words of its kind", () => {
    expect(sites("ووصل الوزير إلى ميناء كريبي للمياه العميقة صباح الأحد.")).toContain("ميناء كريبي للمياه العميقة");
  });

  it("a building named by the palace it belongs to, without the town after في", () => {
    expect(sites("وعقد الاجتماع في مبنى القصر الاتحادي الشرقي في برن يوم الخميس.")).toContain("مبنى القصر الاتحادي الشرقي");
  });

  it("a building named by the command it houses", () => {
    expect(sites("واجتمع الضباط في مبنى قيادة القاعدة بعد الجولة.")).toContain("مبنى قيادة القاعدة");
  });

  it("a building named by the management of a body, its complement in ل and the eponym's given name kept", () => {
    expect(sites("وعقد الوزيران اجتماعا في مبنى إدارة الهيئة العامة لميناء الملك فهد، وبحثا التعاون.")).toContain("مبنى إدارة الهيئة العامة لميناء الملك فهد");
  });

  it("a mosque and a beach named by their own names are sites", () => {
    const read = sites("وأدى الوفد الصلاة في مسجد النور ثم جرى التمرين على شاطئ كالا بيانكا.");
    expect(read).toContain("مسجد النور");
    expect(read).toContain("شاطئ كالا بيانكا");
  });

  it("a participle of being listed ends the name", () => {
    const read = sites("وزار الوفد جزيرة كالو تانغا المدرجة على قائمة التراث العالمي يوم الأحد.");
    expect(read).toContain("جزيرة كالو تانغا");
    expect(read.some((n) => n.includes("المدرجة"))).toBe(false);
  });

  it("the port of the town or the shore of the sea, said by their nouns, names no site", () => {
    const read = sites("ونقل المصابون إلى ميناء المدينة حيث جلس الزوار على شاطئ البحر.");
    expect(read).not.toContain("ميناء المدينة");
    expect(read).not.toContain("شاطئ البحر");
  });
});
