import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("names that go on across and", () => {
  it("keeps the fields a ministry or bank is named by, joined by و, in its name", () => {
    expect(names("عنوان\nالقاهرة - قالت وزارة الدفاع والإنتاج الحربي إن المصنع الجديد سيفتتح في الربيع.")).toContain("وزارة الدفاع والإنتاج الحربي");
    expect(names("عنوان\nالرباط - وقعت وزارة الزراعة والثروة السمكية اتفاقا مع شركة محلية.")).toContain("وزارة الزراعة والثروة السمكية");
    expect(names("عنوان\nأبوجا - موّل بنك التنمية والتجارة الأفريقي مشروعا جديدا.")).toContain("بنك التنمية والتجارة الأفريقي");
  });

  it("stops at و where بين pairs two sides, or where another head or a title follows", () => {
    const between = names("عنوان\nالقاهرة - جرى التعاون بين وزارة الدفاع والقطاع الخاص في المشروع.");
    expect(between).toContain("وزارة الدفاع");
    expect(between).not.toContain("وزارة الدفاع والقطاع الخاص");
    const head = names("عنوان\nعمّان - أكدت وزارة الصحة والقوات المسلحة جاهزية المستشفيات.");
    expect(head).toContain("وزارة الصحة");
    expect(head.some((n) => n.includes("الصحة والقوات"))).toBe(false);
    expect(names("عنوان\nتونس - حضر ممثلو وزارة الصحة والسفير الفرنسي الحفل.")).toContain("وزارة الصحة");
  });

  it("reads an English name through and when a capitalized word of no other body follows", () => {
    expect(names("Title\nThe Dhaka Shipyard and Marine Works signed a contract with the navy on Monday.")).toContain("Dhaka Shipyard and Marine Works");
    expect(names("Title\nStudents of the Royal University of Arts and Sciences joined the drill.")).toContain("Royal University of Arts and Sciences");
  });

  it("keeps a body apart from the person or the other body after and", () => {
    expect(names("Title\nThe Ministry of Defence and Minister John Smith declined to comment.")).toContain("Ministry of Defence");
    expect(names("Title\nThe Ministry of Defence and Air Force officials declined to comment.")).toContain("Ministry of Defence");
  });
});

describe("heads of border guards, general staffs and centres", () => {
  it("reads border guards named after their state in construct", () => {
    expect(names("عنوان\nنيروبي - أعاد حرس حدود كينيا عشرات المهاجرين أمس.")).toContain("حرس حدود كينيا");
  });

  it("reads a general staff command with the forces it commands", () => {
    expect(names("عنوان\nنواكشوط - ذكر بيان لقيادة الأركان العامة للجيوش أن التمرين انتهى.")).toContain("قيادة الأركان العامة للجيوش");
  });

  it("reads an English centre named for what it studies", () => {
    expect(names("Title\nA report by the Baltic Centre for Naval Studies said the fleet was ready.")).toContain("Baltic Centre for Naval Studies");
  });
});
