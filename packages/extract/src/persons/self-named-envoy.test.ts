import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Invented report of a Jordanian agency datelined in the host's capital.
const TEXT = [
  "وزير الخارجية يبحث في لشبونة التعاون الثنائي",
  "",
  "لشبونة 3 آذار (بترا) - بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني سامر خليل الزعبي، اليوم، مع وزير الخارجية البرتغالي جواو فيريرا، سبل تعزيز العلاقات بين المملكة والبرتغال.",
  "",
  "وحضر اللقاء سفير المملكة غير المقيم لدى البرتغال، السفير نادر سليم القطامين، ومدير إدارة الشؤون الأوروبية في وزارة الخارجية وشؤون المغتربين، السيد وليد فارس الحمود.",
  "",
  "ويتوجه الزعبي غدا إلى مدريد للقاء المسؤولين الإسبان، في إطار جولة تشمل إسبانيا وإيطاليا، بينما تتعاون البرتغال وإسبانيا في مراقبة الهجرة.",
].join("\n");

describe("a diplomat of 'the Kingdom' in the outlet's report", () => {
  const x = extractArticle({ text: TEXT, fileName: "t.txt" });
  const state = (n: string) => x.persons.find((p) => p.name === n)?.country;

  it("serves the outlet's own state, not the host's nor a third state", () => {
    expect(state("نادر سليم القطامين")).toBe("JO");
  });

  it("and an official of the ministry whose minister the report names serves the minister's state", () => {
    expect(state("وليد فارس الحمود")).toBe("JO");
  });
});
