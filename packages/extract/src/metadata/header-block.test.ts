import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article: invented outlets,
// people and companies, real agencies, states and cities.

const arHeadline = "وزيرا النقل في البلدين يبحثان في الدوحة ربط الموانئ ويوقعان مذكرة للتعاون البحري";
const enHeadline = "Harbour authority opens new ferry terminal on the northern island";
// Two paragraphs of running text under the header, each set off by a blank line.
const paragraphs = (...ps: string[]) => ["", ...ps].join("\n\n") + "\n";
const arBody = paragraphs(
  "بحث وزير النقل اليوم مع نظيره الزائر سبل ربط الموانئ بين البلدين، ووقع الجانبان في ختام اللقاء مذكرة تفاهم للتعاون في مجال النقل البحري وتدريب البحارة.",
  "وقال الوزير إن المذكرة تفتح الباب أمام خطوط ملاحية جديدة في العام المقبل.",
);
const enBody = paragraphs(
  "The harbour authority on Monday opened a new ferry terminal on the northern island, cutting the crossing from the capital by almost an hour for the thousands of passengers who use it every week.",
  "The terminal cost about $40 million, the authority's chief executive said.",
);

describe("the lines a page prints above its headline, read as one block", () => {
  it("reads an agency's name over its section and a date: the name printed is the source, not the code the dateline signs", () => {
    const x = extractArticle({ text: `وكالة الأنباء القطرية\nالشؤون المحلية\nالاثنين 12 ربيع الأول 1450هـ الموافق 13 مارس 2028م\n\n${arHeadline}\n\nالدوحة في 13 مارس / قنا / ${arBody.trim()}\n` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("وكالة الأنباء القطرية");
    expect(x.published).toBe("2028-03-13");
  });

  it("names an agency as its masthead prints it in full beside its code, over the code its dateline signs", () => {
    const x = extractArticle({ text: `قنا - وكالة الأنباء القطرية\nاقتصاد | موانئ\nآخر تحديث: 13/03/2028 - 10:15\n\n${arHeadline}\n\nالدوحة في 13 مارس (قنا) - ${arBody.trim()}\n` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("وكالة الأنباء القطرية");
    const en = extractArticle({ text: `QNA | Qatar News Agency\nEconomy\nMonday, March 13, 2028\n\n${enHeadline}${enBody}` });
    expect(en.source).toBe("Qatar News Agency");
  });

  it("reads no headline when an agency's code alone opens the page over its date and section", () => {
    const x = extractArticle({ text: `قنا\nالاثنين، 13 مارس 2028 - 10:15 ص\nاقتصاد | موانئ\n\nالدوحة - قنا:${arBody}` });
    expect(x.title).toBeNull();
    expect(x.source).toBe("قنا");
    expect(x.published).toBe("2028-03-13");
  });

  it("reads a stamp of publication and update over the headline as a line of the date: the first date is the publication's", () => {
    const x = extractArticle({ text: `Island Herald\nBUSINESS\nPublished on March 13, 2028 at 4:10 pm | Updated March 14, 2028\n\n${enHeadline}${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.published).toBe("2028-03-13");
    const ar = extractArticle({ text: `الساحل\nمحليات | اقتصاد\nنشر في 13 مارس 2028 الساعة 10:15 - آخر تحديث 14 مارس 2028\n\n${arHeadline}${arBody}` });
    expect(ar.title).toBe(arHeadline);
    expect(ar.published).toBe("2028-03-13");
  });

  it("reads a masthead over a section with its own bar and an update line", () => {
    const x = extractArticle({ text: `الساحل\nمحليات | اقتصاد\nآخر تحديث: 13 مارس 2028 - 10:15\n\n${arHeadline}\n\nالدوحة - «الساحل»${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("الساحل");
    expect(x.published).toBe("2028-03-13");
  });

  it("reads a masthead and its section after a dash over a date and an update line", () => {
    const x = extractArticle({ text: `الساحل - اقتصاد وأعمال\nالاثنين 13 مارس 2028\nتحديث: الاثنين 13 مارس 2028 - 21:05\n\n${arHeadline}${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("الساحل");
  });

  it("reads a masthead over a section after a bullet", () => {
    const x = extractArticle({ text: `الساحل • محليات\nالاثنين ١٣ مارس ٢٠٢٨\n\n${arHeadline}${arBody}` });
    expect(x.title).toBe(arHeadline);
    expect(x.source).toBe("الساحل");
  });

  it("reads an English masthead over its tagline on the next line and a date", () => {
    const x = extractArticle({ text: `HarbourWire\nNorth Sea News Agency\nMonday, March 13th 2028 - 16:10 UTC\n\n${enHeadline}${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.source).toBe("HarbourWire");
    expect(x.published).toBe("2028-03-13");
  });

  it("reads a hyphenated masthead over a one-word section and a date with its update", () => {
    const x = extractArticle({ text: `Island-Herald\nBusiness\nMonday, March 13, 2028 | Updated: 4:10pm\n\n${enHeadline}\n\nBY JANE OKAFOR${enBody}` });
    expect(x.title).toBe(enHeadline);
    expect(x.source).toBe("Island-Herald");
    expect(x.author).toBe("JANE OKAFOR");
    expect(x.published).toBe("2028-03-13");
  });

  it("takes a short headline as the headline when a byline, not a headline, follows the labels", () => {
    const x = extractArticle({ text: `Ferry Terminal Opens Today\nMonday, March 13, 2028\nBy Jane Okafor${enBody}` });
    expect(x.title).toBe("Ferry Terminal Opens Today");
  });

  it("keeps a one-word headline over a wire's dateline on its own line, whose place is the story's", () => {
    const x = extractArticle({ text: `تعاون\n\nالدوحة - وكالات${arBody}` });
    expect(x.title).toBe("تعاون");
    expect(x.countries).toContain("QA");
  });
});

describe("a correspondent's name with the place filed from in brackets under the headline", () => {
  it("is the writer, not the source, and no person of the story", () => {
    const x = extractArticle({ text: `الساحل | ثقافة\nالاثنين 13 مارس 2028\n\n${arHeadline}\n\nسالم العتيبي (الدوحة)${arBody}` });
    expect(x.author).toBe("سالم العتيبي");
    expect(x.source).toBe("الساحل");
    expect(x.persons.map((p) => p.name)).not.toContain("سالم العتيبي");
  });

  it("leaves a name before an agency's brackets to the credits", () => {
    const x = extractArticle({ text: `${enHeadline}\n\nJane Okafor (Reuters)${enBody}` });
    expect(x.source).toBe("Reuters");
  });
});
