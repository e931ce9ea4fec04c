import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a name read only in the headline", () => {
  it("is the story's matter, not a person, when the body never prints it and it opens on no given name", () => {
    const x = extractArticle({
      text: "رئيس الأركان يبحث مع نائبة وزير الخارجية الكندية أمن الحدود\n\nعمان في 3 مارس 2027 - بحث رئيس هيئة الأركان المشتركة اللواء سامر خالد الزعبي اليوم مع نائبة وزيرة الخارجية الكندية سارة ميلر سبل تعزيز التعاون.",
    });
    expect(x.persons.map((p) => p.name)).not.toContain("أمن الحدود");
    expect(x.persons.map((p) => p.name)).toContain("سامر خالد الزعبي");
  });

  it("keeps a person the headline names by a given name", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل السفير الياباني كينجي تاكاهاشي\n\nعمان في 3 مارس 2027 - استقبل وزير الدفاع اليوم سفير اليابان وبحث معه التعاون.",
    });
    expect(x.persons.map((p) => p.name)).toContain("كينجي تاكاهاشي");
  });
});
