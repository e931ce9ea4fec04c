import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2031-05-14" }).events;

describe("a reception told by its ceremony on the guest's arrival", () => {
  const events = read(
    "وزيرا الدفاع يبحثان التعاون ويوقعان مذكرة",
    "سانتا لوسيرا (وكالة) - عقد وزير الدفاع الفالداني ماركو بيانكي اليوم جلسة مباحثات مع وزير الدفاع السوراني سامي الهاشمي في مقر الوزارة بقلعة سان جورجو.",
    "وجرت للوزير الضيف مراسم استقبال رسمية لدى وصوله إلى القلعة، استعرض خلالها حرس الشرف.",
    "ووقّع الجانبان في ختام المباحثات مذكرة تفاهم في مجال التدريب العسكري.",
  );

  it("is that reception, no visit of its own ('وجرت له مراسم استقبال لدى وصوله')", () => {
    expect(events.some((e) => e.type === "reception")).toBe(true);
    expect(events.filter((e) => e.type === "visit")).toHaveLength(0);
  });

  it("leaves the two sides of the talks as the signers of the memorandum", () => {
    const signed = events.find((e) => e.type === "agreement");
    expect(signed?.participants).toEqual(expect.arrayContaining(["ماركو بيانكي", "سامي الهاشمي"]));
  });
});

describe("a ship that came into port, told after 'و'", () => {
  it("is a happening with nobody, not a visit of its commander ('ووصلت السفينة … وقائدها')", () => {
    const events = read(
      "وزيرا الخارجية يبحثان التعاون",
      "سانتا لوسيرا (وكالة) - التقى وزير الخارجية السوراني سامي الهاشمي اليوم نظيره الفالداني ماركو بيانكي في سانتا لوسيرا.",
      "ووصلت سفينة البحرية السورانية «النورس» يوم الأحد الماضي إلى ميناء سانتا لوسيرا في إطار رحلة تدريبية، وقائدها المقدم البحري سليم عواد.",
    );
    expect(events.filter((e) => e.type === "visit")).toHaveLength(0);
    const came = events.find((e) => e.type === "other" && e.evidence?.text.includes("ووصلت"));
    expect(came?.participants).toEqual([]);
    expect(came?.date).toBe("2031-05-11");
  });
});

describe("the officer who received a ship that came into port", () => {
  const events = read(
    "سفينة سورانية في ميناء سانتا لوسيرا",
    "سانتا لوسيرا (وكالة) - التقى وزير الخارجية السوراني سامي الهاشمي اليوم نظيره الفالداني ماركو بيانكي في سانتا لوسيرا.",
    "ووصلت سفينة البحرية السورانية «النورس» يوم الأحد الماضي إلى ميناء سانتا لوسيرا في إطار رحلة تدريبية. وقد استقبلها في الميناء قائد حرس الميناء الرائد لوكا فيراري.",
  );

  it("took part in its arrival, no reception of its own ('وقد استقبلها في الميناء قائد …')", () => {
    expect(events.filter((e) => e.type === "reception")).toHaveLength(0);
    expect(events.find((e) => e.type === "other" && e.evidence?.text.includes("ووصلت"))?.participants).toEqual(["لوكا فيراري"]);
  });
});

describe("a tour the traveller goes on with tomorrow", () => {
  it("is a plan, no visit ('فيما يواصل الوزير جولته غدا بزيارة إلى …')", () => {
    const events = read(
      "وزيرا الخارجية يبحثان التعاون",
      "سانتا لوسيرا (وكالة) - التقى وزير الخارجية السوراني سامي الهاشمي اليوم نظيره الفالداني ماركو بيانكي في سانتا لوسيرا.",
      "وتغادر السفينة الميناء يوم الجمعة، فيما يواصل الوزير الهاشمي جولته الأوروبية غدا بزيارة إلى فيينا.",
    );
    expect(events.filter((e) => e.type === "visit")).toHaveLength(0);
  });
});
