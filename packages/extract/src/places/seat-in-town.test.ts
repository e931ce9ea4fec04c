import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("the seat of a body named by the area it serves said again", () => {
  it("takes the town after في, which alone tells which state's it is", () => {
    const places = read("اجتماع\n\nالخرطوم - عقد الوفدان اجتماعا في مقر أمانة حكومة الولاية في كسلا، وحضره الوالي.");
    expect(places).toContain("مقر أمانة حكومة الولاية في كسلا");
  });
});

describe("a body's seat whose name has a hyphen", () => {
  it("keeps the word joined by the hyphen", () => {
    const places = read("عقد\n\nسراييفو - وقع الجانبان العقد في مقر حكومة كانتون البوسنا-دريني، بحضور السفير.");
    expect(places).toContain("مقر حكومة كانتون البوسنا-دريني");
  });
});
