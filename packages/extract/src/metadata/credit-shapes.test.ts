import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { staffOutlet } from "./outlet-staff";

// Every line below is written for these tests, not taken from an article.

const arBody =
  "افتتح وزير الصحة أمس الثلاثاء مركزا صحيا جديدا في المنطقة الشمالية بعد عامين من أعمال البناء التي مولها بنك التنمية الإقليمي بتكلفة بلغت خمسة ملايين دولار.\n\nوسيخدم المركز نحو اثني عشر ألف نسمة في أربع قرى، بحسب ما أوضح مدير المنطقة للأهالي الذين حضروا الافتتاح.\n";
const arHeadline = "وزير الصحة يفتتح مركزا صحيا جديدا في المنطقة الشمالية";
const enBody =
  "The minister of health opened a new clinic in the northern district on Tuesday, officials said, after two years of building work funded by the regional development bank.\n\nThe clinic will serve some twelve thousand people in four villages, the district officer told residents gathered at the opening.\n";
const enHeadline = "New clinic opens in northern district after two years of work";

describe("a section named by words joined with 'and'", () => {
  it("is no outlet above an Arabic headline", () => {
    expect(extractArticle({ text: `اقتصاد وأعمال\n\n${arHeadline}\n\n${arBody}` }).source).toBeNull();
  });

  it("is no outlet above an English headline and its date", () => {
    expect(extractArticle({ text: `Sports & Leisure\nMonday 3 March 2031\n\n${enHeadline}\n\n${enBody}` }).source).toBeNull();
  });
});

describe("a credit to the outlet's staff", () => {
  it("names the outlet, no writer, as a byline", () => {
    const x = extractArticle({ text: `${enHeadline}\n\nBy Island Record staff\n\n${enBody}` });
    expect(x.source).toBe("Island Record");
    expect(x.author).toBeNull();
  });

  it("names the outlet closing the page", () => {
    expect(extractArticle({ text: `${enHeadline}\n\n${enBody}\nIsland Record staff\n` }).source).toBe("Island Record");
  });

  it("is not read from a writer's staff title", () => {
    expect(staffOutlet("Senior Staff Reporter")).toBeNull();
    expect(staffOutlet("Island Record Staff Reporter")).toBe("Island Record");
  });
});

describe("a writer's name and staff title parted by a bar or a dash", () => {
  it("is the byline under the headline", () => {
    const x = extractArticle({ text: `${enHeadline}\n\nPita Vailala - Reporter\n\n${enBody}` });
    expect(x.author).toBe("Pita Vailala");
    expect(x.source).toBeNull();
  });

  it("is the byline closing the page", () => {
    expect(extractArticle({ text: `${enHeadline}\n\n${enBody}\nPita Vailala | Reporter\n` }).author).toBe("Pita Vailala");
  });
});

describe("a copyright notice closing the page", () => {
  it("names the outlet without the company's legal form", () => {
    expect(extractArticle({ text: `${enHeadline}\n\n${enBody}\nCopyright © Island Record Ltd\n` }).source).toBe("Island Record");
  });
});
