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

describe("the outlet a masthead names", () => {
  it("reads an agency's masthead and code over the date as the source in full, and no headline", () => {
    const x = extractArticle({ text: `الوكالة الوطنية للأنباء - قنا\nأخبار محلية | صحة\n03-03-2031\n\nالدوحة في 3 مارس /قنا/ ${arBody}` });
    expect(x.title).toBeNull();
    expect(x.source).toBe("الوكالة الوطنية للأنباء");
  });

  it("reads a paper's name that is also a section's, over the section the story runs in", () => {
    const x = extractArticle({ text: `الشرق الأوسط\nثقافة وفنون\nآخر تحديث: 2031/03/03 - 10:20\n\n${arHeadline}\n\n${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("الشرق الأوسط");
  });

  it("reads a masthead in capitals as the outlet whose initials the dateline signs", () => {
    const x = extractArticle({ text: `CORAL ISLES HERALD\nHealth & Welfare\n3rd March, 2031\n\n${enHeadline}\n\nPORT ROYAL (CIH) - ${enBody}\n- CIH\n` });
    expect(x.source?.toLowerCase()).toBe("coral isles herald");
  });
});

describe("a news agency's name printed alone at the page's top", () => {
  it("is the source, not the headline, over the date and the report", () => {
    const x = extractArticle({ text: `وكالة الأنباء الوطنية\n03-03-2031\n\n${arBody}` });
    expect(x.title).toBeNull();
    expect(x.source).toBe("وكالة الأنباء الوطنية");
  });

  it("is the source with its code in brackets, the headline under it", () => {
    const x = extractArticle({ text: `وكالة الأنباء الوطنية (ونا)\n\n${arHeadline}\n\n${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("وكالة الأنباء الوطنية");
  });

  it("is the source in full after the code no list holds, which signs the report", () => {
    const x = extractArticle({ text: `ونا - الوكالة الوطنية للأنباء\n03-03-2031\n\nالعاصمة في 3 آذار /ونا/ ${arBody}` });
    expect(x.source).toBe("الوكالة الوطنية للأنباء");
  });
});

describe("a writer credited at the foot of the page", () => {
  it("reads the name after a rule of dashes and 'Reporting:'", () => {
    const x = extractArticle({ text: `The Coral Times\nNATIONAL | Tuesday 3 March 2031\n\n${enHeadline}\n\n${enBody}\n--- Reporting: Pita Vailala\n` });
    expect(x.author).toBe("Pita Vailala");
    expect(x.source).toBe("The Coral Times");
  });
});

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

describe("more ways a page credits its writer and its outlet", () => {
  it("reads 'Story by', 'Posted by' and 'Reporter:' under the headline as bylines", () => {
    for (const byline of ["Story by Pita Vailala", "Posted by Pita Vailala", "Reporter: Pita Vailala"]) {
      const x = extractArticle({ text: `${enHeadline}\n\n${byline}\n\n${enBody}` });
      expect(x.author).toBe("Pita Vailala");
      expect(x.source).toBeNull();
    }
  });

  it("reads a staff title alone under the writer's name as no outlet", () => {
    const x = extractArticle({ text: `${enHeadline}\n\nPita Vailala\nReporter\n\n${enBody}` });
    expect(x.author).toBe("Pita Vailala");
    expect(x.source).toBeNull();
  });

  it("reads 'Courtesy:' closing the page as a source label", () => {
    expect(extractArticle({ text: `${enHeadline}\n\n${enBody}\nCourtesy: The Coral Times\n` }).source).toBe("The Coral Times");
  });
});
