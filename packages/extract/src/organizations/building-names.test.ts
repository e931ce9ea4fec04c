import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "عنوان الخبر\n\n" + text }).organizations.map((o) => o.name);

describe("a body named as the seat it sits in", () => {
  it("reads a presidency after the noun of its seat as the head's house, no body", () => {
    expect(orgs("واستقبل رئيس الوزراء سامي خالد صباح اليوم في دار رئاسة الوزراء السفير الكوري.")).not.toContain("رئاسة الوزراء");
    expect(orgs("واستقبله أمس في قصر الضيافة، مقر رئاسة الحكومة، وتسلم منه رسالة خطية.")).not.toContain("رئاسة الحكومة");
  });

  it("reads a presidency after the noun of its office as the place the head receives in", () => {
    expect(orgs("واستقبل رئيس الوزراء الوفد الزائر ظهر اليوم بمكتب رئاسة الوزراء، وبحث معه التعاون في الصيد.")).not.toContain("رئاسة الوزراء");
  });

  it("keeps a presidency that acts", () => {
    expect(orgs("وأصدرت رئاسة الحكومة بيانا مساء اليوم حول الزيارة.")).toContain("رئاسة الحكومة");
  });

  it("reads an English body before the noun of its building as the building, unless named for itself elsewhere", () => {
    const en = (text: string) => extractArticle({ text: "Talks in Orno\n\n" + text }).organizations.map((o) => o.name);
    expect(en("Varga welcomed the visiting minister with military honours at the Ministry of Coastal Affairs building before the talks.")).not.toContain("Ministry of Coastal Affairs");
    expect(en("Varga welcomed the minister at the Ministry of Coastal Affairs building. The Ministry of Coastal Affairs later said the talks went well.")).toContain("Ministry of Coastal Affairs");
  });
});
