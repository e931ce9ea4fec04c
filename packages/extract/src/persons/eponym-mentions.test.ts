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

describe("an English name in quotes right after a body's head word", () => {
  const names = (body: string) => extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt", publishedHint: "2027-03-10" }).persons.map((p) => p.name);

  it("is the name the body bears, with a title before it or not", () => {
    const x = names('Colonel Tomas Rijek trained at the Military Academy "General Ilija Vornik" in Brenn and at the Naval College "Stefan Arvo".');
    expect(x).toContain("Tomas Rijek");
    expect(x).not.toContain("Ilija Vornik");
    expect(x).not.toContain("Stefan Arvo");
  });

  it("leaves an unquoted name after the body's head word a person", () => {
    expect(names("Academy President Mirela Dovan said the cadets would sail in May.")).toContain("Mirela Dovan");
  });
});
