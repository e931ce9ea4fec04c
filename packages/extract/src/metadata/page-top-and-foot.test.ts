import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article: invented outlets and
// people, real states and cities. Calendar facts are real (4 February 2031 is a Tuesday, 2 April
// 2031 a Wednesday).

const arHeadline = "افتتاح مركز صحي جديد في الميناء بتمويل مشترك من البلدين";
const arLead =
  "افتتح وزير الصحة اليوم مركزا صحيا جديدا في الميناء بتمويل مشترك من البلدين، يضم أربعين سريرا ومختبرا للتحاليل ووحدة للطوارئ تخدم سكان القرى المجاورة.";
const arMore = "وقال الوزير إن المركز سيستقبل أول مرضاه الأسبوع المقبل بعد تدريب الطاقم الطبي.";
const enHeadline = "Harbour clinic opens with a laboratory of its own";
const enMore = "The ministry said the clinic would take its first patients next week, once its staff had finished their training.";

describe("the day a page prints only as its update", () => {
  it("takes the date of a long update line over the headline as the publication date", () => {
    const x = extractArticle({ text: `الساحل\nصحة ومجتمع\nآخر تحديث: الأربعاء 2/4/2031 - 9:40 م\n\n${arHeadline}\n\nالدوحة - سالم العتيبي:\n\n${arLead}\n\n${arMore}\n` });
    expect(x.title).toBe(arHeadline);
    expect(x.published).toBe("2031-04-02");
  });
});

describe("a byline whose town carries its state in brackets, closed by a colon", () => {
  it("names the writer, who is no person of the story", () => {
    const x = extractArticle({ text: `${arHeadline}\n\nزيرانوفا (كرواتيا) - سالم العتيبي:\n\n${arLead}\n\n${arMore}\n` });
    expect(x.author).toBe("سالم العتيبي");
    expect(x.persons.map((p) => p.name)).not.toContain("سالم العتيبي");
  });
});

describe("a section printed as a place and a word under an agency's masthead", () => {
  it("is no credit: the masthead names the source", () => {
    const x = extractArticle({ text: `وكالة الأنباء القطرية\nقطر - رياضة\nالأربعاء، 2 أبريل 2031 - 4:15 م\n\n${arHeadline}\n\n${arLead}\n\n${arMore}\n` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("وكالة الأنباء القطرية");
  });
});

describe("a masthead printed with vowel signs", () => {
  it("is a label over its section, not the headline", () => {
    const x = extractArticle({ text: `وكالة الأنباء القَطرية\nأخبار قَطر | الشؤون الصحية\nالأربعاء، 2 أبريل 2031\n\n${arHeadline}\n\n${arLead}\n\n${arMore}\n` });
    expect(x.title).toBe(arHeadline);
  });
});

describe("an English paper that credits its own reporter in a wire's words", () => {
  const text =
    `Harbour Herald\nHealth\n04-02-2031 | 07:30\n\n${enHeadline}\n\n` +
    `PORT LOUIS, Feb 3 (HH) – A clinic with its own laboratory opened in the harbour district on Monday, the first of its kind on the island's east coast.\n\n${enMore}\n\n(Reporting by Jane Okafor; editing by T.R.)\n`;
  const x = extractArticle({ text });

  it("keeps the masthead's outlet, whose initials sign the dateline, as the source, and the credit's writer", () => {
    expect(x.source).toBe("Harbour Herald");
    expect(x.author).toBe("Jane Okafor");
    expect(x.organizations.map((o) => o.name)).not.toContain("Harbour Herald");
  });

  it("reads the numeric date day first when the dateline prints the day in words", () => {
    expect(x.published).toBe("2031-02-04");
  });
});

describe("a byline at the foot of the page", () => {
  it("names the writer, not the colleague credited with additional reporting above it", () => {
    const x = extractArticle({
      text: `${enHeadline}\n\nPORT LOUIS — A clinic with its own laboratory opened in the harbour district yesterday, the first of its kind on the island's east coast.\n\n${enMore}\n\n— Additional reporting by Tom Hale\n\nBy JANE OKAFOR\n`,
    });
    expect(x.author).toBe("JANE OKAFOR");
  });
});
