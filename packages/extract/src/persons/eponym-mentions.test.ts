import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("a person's given name in the name of a place", () => {
  it("is no mention of the person who bears it, nor makes him take part in talks held there", () => {
    const x = extractArticle({
      text: ["جولة", "الدوحة - استقبل وزير الدفاع القطري اللواء سالم المري اليوم الثلاثاء نظيره الكويتي الشيخ ناصر الصباح.", "وعقد الوزيران اجتماعا في مبنى إدارة المؤسسة العامة لجسر الملك فهد، جرى خلاله بحث التعاون.", "ورافقهما المهندس فهد بن ناصر الدوسري."].join("\n\n"),
      publishedHint: "2027-03-10",
    });
    expect(x.persons.find((p) => p.name === "فهد بن ناصر الدوسري")?.mentions.map((m) => m.surface)).toEqual(["فهد بن ناصر الدوسري"]);
    expect(x.events.filter((e) => e.type === "meeting").map((e) => e.participants)).toEqual([["سالم المري", "ناصر الصباح"]]);
  });
});
