import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { extractArticle } from "../extract";
import { findPlaceHits, type PlaceHit } from "../places/gazetteer";
import type { PersonRead } from "../persons";
import type { Ctx } from "../persons/anchor-spans";
import { addTaggedPersons, taggedOrganizations, tokenRange } from "./extend";
import { isGoverned } from "./governed-name";

// Sentences written for these tests.
function ctxOf(text: string): Ctx {
  const doc = buildDoc(text, "ar");
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of findPlaceHits(doc.tokens, doc.text)) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  return { doc, placeAt };
}

const spanOf = (ctx: Ctx, words: string) => {
  const at = ctx.doc.text.indexOf(words);
  const first = ctx.doc.tokens.findIndex((t) => t.start >= at);
  const last = ctx.doc.tokens.findIndex((t) => t.end >= at + words.length);
  return { type: "PERS" as const, first, last, confidence: 50 };
};

describe("tagger persons in the extraction", () => {
  it("gives a person the tagger found the rank, role and state printed around the name", () => {
    const ctx = ctxOf("وحضر اللقاء اللواء ركن سالم الدوسري، قائد القوات البرية الكويتية، إلى جانب آخرين.");
    const persons: PersonRead[] = [];
    const added = addTaggedPersons(ctx, persons, [spanOf(ctx, "سالم الدوسري")], null, () => false, 10);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ name: "سالم الدوسري", rank: "اللواء ركن", role: "قائد القوات البرية الكويتية", country: "KW" });
  });

  it("reads a nationality before the name as the person's state, and drops the proclitic from the name", () => {
    const ctx = ctxOf("وتحدث الفرنسي وجان مارتان عن الخطة.");
    const added = addTaggedPersons(ctx, [], [spanOf(ctx, "وجان مارتان")], null, () => false, 10);
    expect(added[0]).toMatchObject({ name: "جان مارتان", country: "FR", mentions: [{ surface: "جان مارتان" }] });
  });

  it("makes a family name printed alone a mention of the person, not a new person", () => {
    const ctx = ctxOf("وصل سالم الدوسري أمس. وقال الدوسري إن الزيارة مهمة.");
    const persons: PersonRead[] = [];
    addTaggedPersons(ctx, persons, [spanOf(ctx, "سالم الدوسري"), { ...spanOf(ctx, "الدوسري إن"), last: spanOf(ctx, "الدوسري إن").first }], null, () => false, 10);
    expect(persons).toHaveLength(1);
    expect(persons[0]!.mentions.map((m) => m.surface)).toEqual(["سالم الدوسري", "الدوسري"]);
  });

  it("makes a single word a person of its own when a verb it is the subject of, a rank, a role or a nationality stands beside it, or the tagger is sure of a family name", () => {
    const one = (ctx: Ctx, word: string) => ({ ...spanOf(ctx, word), last: spanOf(ctx, word).first });
    const said = ctxOf("وقال فيرنانديز إن المحادثات ستستمر.");
    expect(addTaggedPersons(said, [], [one(said, "فيرنانديز")], null, () => false, 10).map((p) => p.name)).toEqual(["فيرنانديز"]);
    const keeper = ctxOf("وتصدى الحارس البرازيلي موراليس للكرة.");
    expect(addTaggedPersons(keeper, [], [one(keeper, "موراليس")], null, () => false, 10)[0]).toMatchObject({ name: "موراليس", country: "BR" });
    const bare = ctxOf("وتناول الوفد العشاء مع فيرنانديز في المدينة.");
    expect(addTaggedPersons(bare, [], [{ ...one(bare, "فيرنانديز"), confidence: 15 }], null, () => false, 10)).toHaveLength(0);
    expect(addTaggedPersons(bare, [], [one(bare, "فيرنانديز")], null, () => false, 10).map((p) => p.name)).toEqual(["فيرنانديز"]);
    // A given name alone, or the half of a name after عبد, is no family name however sure the tagger is.
    const given = ctxOf("وتناول الوفد العشاء مع سامي في المدينة.");
    expect(addTaggedPersons(given, [], [one(given, "سامي")], null, () => false, 10)).toHaveLength(0);
    const split = ctxOf("وتناول الوفد العشاء مع عبد الغفور في المدينة.");
    expect(addTaggedPersons(split, [], [one(split, "الغفور")], null, () => false, 10)).toHaveLength(0);
    // Below the margin a single word stays out, whatever stands beside it.
    expect(addTaggedPersons(said, [], [{ ...one(said, "فيرنانديز"), confidence: 5 }], null, () => false, 10)).toHaveLength(0);
  });

  it("keeps a full name that opens with a known given name below the margin, and no other name with nothing beside it", () => {
    const ctx = ctxOf("وشارك في الحفل سامي القرطبي ورفاقه.");
    expect(addTaggedPersons(ctx, [], [{ ...spanOf(ctx, "سامي القرطبي"), confidence: -5 }], null, () => false, 10).map((p) => p.name)).toEqual(["سامي القرطبي"]);
    const other = ctxOf("وشارك في الحفل نوستر القرطبي ورفاقه.");
    expect(addTaggedPersons(other, [], [{ ...spanOf(other, "نوستر القرطبي"), confidence: -5 }], null, () => false, 10)).toHaveLength(0);
  });

  it("never makes a word of a known person's name a person of its own", () => {
    const ctx = ctxOf("وصل سالم الدوسري صباح أمس. وقال الدوسري إن الزيارة مهمة.");
    const persons: PersonRead[] = [{ name: "سالم الدوسري صباح", aliases: [], rank: null, role: null, country: null, mentions: [], tokenSpans: [], roleSpans: [], keys: [["سالم", "الدوسري", "صباح"]] }];
    const second = ctx.doc.text.lastIndexOf("الدوسري");
    const k = ctx.doc.tokens.findIndex((t) => t.start === second);
    expect(addTaggedPersons(ctx, persons, [{ type: "PERS", first: k, last: k, confidence: 50 }], null, () => false, 10)).toHaveLength(0);
  });

  it("never makes the first name of a person already read a person of its own", () => {
    const ctx = ctxOf("وصل سالم الدوسري أمس. وقال سالم إن الزيارة مهمة.");
    const persons: PersonRead[] = [];
    const second = ctx.doc.text.lastIndexOf("سالم");
    const k = ctx.doc.tokens.findIndex((t) => t.start === second);
    addTaggedPersons(ctx, persons, [spanOf(ctx, "سالم الدوسري"), { type: "PERS", first: k, last: k, confidence: 50 }], null, () => false, 10);
    expect(persons.map((p) => p.name)).toEqual(["سالم الدوسري"]);
  });

  it("takes a full name with a rank or a nationality before it below the margin a bare name needs", () => {
    const ctx = ctxOf("وأعلن الجنرال الفرنسي بيير لوران أن القوات ستنسحب.");
    const added = addTaggedPersons(ctx, [], [{ ...spanOf(ctx, "بيير لوران"), confidence: -20 }], null, () => false, 10);
    expect(added[0]).toMatchObject({ name: "بيير لوران", rank: "الجنرال", country: "FR" });
    // (A name that opens with no known given name: one that does needs no margin, below.)
    const bare = ctxOf("ووصل نوستر لوران إلى المدينة مساء.");
    expect(addTaggedPersons(bare, [], [{ ...spanOf(bare, "نوستر لوران"), confidence: -20 }], null, () => false, 10)).toHaveLength(0);
  });

  it("keeps what the rules read: ranks, roles and names that share words stay apart", () => {
    const x = extractArticle({
      text: "استقبل الفريق أحمد خليفة، رئيس أركان القوات المسلحة، المشير خليفة حفتر والفريق صدام خليفة حفتر في القاهرة. وصرح أحمد المنصوري بأن اللقاء تناول التعاون.",
    });
    const byName = new Map(x.persons.map((p) => [p.name, p]));
    expect(byName.get("أحمد خليفة")).toMatchObject({ rank: "الفريق", role: "رئيس أركان القوات المسلحة" });
    expect(byName.get("خليفة حفتر")).toMatchObject({ rank: "المشير" });
    expect(byName.get("صدام خليفة حفتر")).toMatchObject({ rank: "الفريق" });
    expect(byName.has("أحمد المنصوري")).toBe(true);
  });

  it("keeps ف ب ل ك that open a person's name, and reads the proclitic off a known given name", () => {
    const ctx = ctxOf("وقال بوتين إن الاتفاق قريب، ثم اتصل لكريم بالهاتف.");
    const one = (word: string) => ({ ...spanOf(ctx, word), last: spanOf(ctx, word).first });
    expect(addTaggedPersons(ctx, [], [one("بوتين")], null, () => false, 10).map((p) => p.name)).toEqual(["بوتين"]);
    const rest = addTaggedPersons(ctxOf("واستقبل الوزير لكريم سالم أمس."), [], [spanOf(ctxOf("واستقبل الوزير لكريم سالم أمس."), "لكريم سالم")], null, () => false, 10);
    expect(rest[0]).toMatchObject({ name: "كريم سالم" });
  });
});

describe("proclitics on the first letter of a tagged place", () => {
  it("keeps the first letter of a place named after a head noun or a preposition", () => {
    const names = (text: string) => extractArticle({ text }).locations.map((l) => l.name);
    expect(names("وانفجرت عبوة قرب بلدة كاسونغو أمس.")).toEqual(["كاسونغو"]);
    expect(names("وزار الوزير مصنع الشركة في مدينة بولوفاتو.")).toEqual(["بولوفاتو"]);
    expect(names("وقتل جنديان في كمين قرب بلدة كاليندو شمالي البلاد.")).not.toContain("اليندو");
  });

  it("still reads the preposition off a place printed after a verb", () => {
    const ctx = ctxOf("واجتمع الوفد بكاسونغو أمس.");
    const s = { ...spanOf(ctx, "بكاسونغو"), type: "LOC" as const };
    expect(isGoverned(ctx.doc.tokens, s.first)).toBe(false);
    expect(isGoverned(ctxOf("ووصل الوفد إلى كاسونغو.").doc.tokens, spanOf(ctxOf("ووصل الوفد إلى كاسونغو."), "كاسونغو").first)).toBe(true);
    expect(isGoverned(ctxOf("في بلدة بكاسونغو.").doc.tokens, 2)).toBe(true);
  });
});

describe("tagger organizations named after a city", () => {
  it("reads a club named after a city as the club, and the city as no place of the story", () => {
    const x = extractArticle({ text: "وحقق فريق برشلونة فوزا كبيرا على ضيفه مانشستر يونايتد بثلاثة أهداف مقابل هدف." });
    expect(x.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["برشلونة", "مانشستر يونايتد"]));
    expect(x.locations.map((l) => l.name)).not.toContain("برشلونة");
    expect(x.locations.map((l) => l.name)).not.toContain("مانشستر");
  });

  it("takes a tagged name that runs beyond a place of the gazetteer below the margin a bare name needs", () => {
    const ctx = ctxOf("وفاز سسكا موسكو على ضيفه بهدفين.");
    const span = (words: string) => ({ ...spanOf(ctx, words), type: "ORG" as const, confidence: -20 });
    const read = (s: ReturnType<typeof span>) => taggedOrganizations(ctx, [s], () => false, () => null, 20).map((o) => o.name);
    expect(read(span("سسكا موسكو"))).toEqual(["سسكا موسكو"]);
    expect(read({ ...span("سسكا موسكو"), last: span("سسكا موسكو").first })).toEqual([]);
  });

  it("leaves a capital a place in a story with no word of sport, where it stands for its state", () => {
    const x = extractArticle({ text: "قالت المتحدثة باسم الخارجية التركية في مؤتمر صحافي إن بلادها تراقب الصفقة، داعية أثينا إلى عدم التصعيد في بحر إيجه." });
    expect(x.locations.map((l) => l.name)).toContain("أثينا");
    expect(x.organizations.map((o) => o.name)).not.toContain("أثينا");
  });

  it("leaves a city the story goes to a place", () => {
    const x = extractArticle({ text: "وصل الوفد إلى برشلونة أمس لحضور مؤتمر عن الطاقة المتجددة." });
    expect(x.locations.map((l) => l.name)).toContain("برشلونة");
    expect(x.organizations.map((o) => o.name)).not.toContain("برشلونة");
  });
});

describe("a family name that opens with a connector", () => {
  // The tagger's spans of the full name and of its last words printed again later.
  const fullAndTail = (text: string, full: string, tail: string) => {
    const ctx = ctxOf(text);
    const at = text.lastIndexOf(tail);
    const first = ctx.doc.tokens.findIndex((t) => t.start === at);
    const span = spanOf(ctx, full);
    return addTaggedPersons(ctx, [], [span, { ...span, first, last: first + tail.split(" ").length - 1 }], null, () => false, 10);
  };

  it("is a mention of the person whose name it ends, not a person of its own", () => {
    const added = fullAndTail("وقالت السفيرة نادية بن عمارة إن الاجتماع مفيد. وأضافت بن عمارة أن التعاون ضروري.", "نادية بن عمارة", "بن عمارة");
    expect(added.map((p) => p.name)).toEqual(["نادية بن عمارة"]);
    expect(added[0]!.mentions).toHaveLength(2);
  });

  it("takes in a family name compounded with الله the same way", () => {
    const added = fullAndTail("وصل العميد عبد الرضا كرم الله إلى بغداد. وأكد كرم الله أن الزيارة مفيدة.", "عبد الرضا كرم الله", "كرم الله");
    expect(added.map((p) => p.name)).toEqual(["عبد الرضا كرم الله"]);
    expect(added[0]!.mentions).toHaveLength(2);
  });
});

describe("a rank's qualifier the tagger reads alone", () => {
  it("is no person, however sure the tagger is", () => {
    const ctx = ctxOf('واختتم تمرين "موج 2026" البحري أمس بحضور العميد البحري سامح الشريف.');
    const word = spanOf(ctx, "البحري أمس");
    expect(addTaggedPersons(ctx, [], [{ ...word, last: word.first, confidence: 60 }], null, () => false, 10)).toHaveLength(0);
  });
});

describe("a tagged name that runs into the next person's title", () => {
  it("ends before the office head, so the family name finds its person", () => {
    const text = "وقالت السفيرة نادية بن عمارة إن الاجتماع مفيد. والتقت بن عمارة السفير الياباني أمس.";
    const ctx = ctxOf(text);
    const full = spanOf(ctx, "نادية بن عمارة");
    const runOn = spanOf(ctx, "بن عمارة السفير الياباني");
    const at = text.lastIndexOf("بن عمارة");
    runOn.first = ctx.doc.tokens.findIndex((t) => t.start === at);
    const added = addTaggedPersons(ctx, [], [full, runOn], null, () => false, 10);
    expect(added.map((p) => p.name)).toEqual(["نادية بن عمارة"]);
    expect(added[0]!.mentions.map((m) => m.surface)).toEqual(["نادية بن عمارة", "بن عمارة"]);
  });
});

describe("a role the rules gave a person already", () => {
  it("anchors no tagged word before it: the verb أشرف before the admiral's role is no person", () => {
    const ctx = ctxOf("وهران - أشرف قائد القوات البحرية، اللواء سليمان بن حدو، يوم الخميس على تمرين بحري مشترك.");
    const name = spanOf(ctx, "سليمان بن حدو");
    const role = spanOf(ctx, "قائد القوات البحرية");
    const admiral: PersonRead = {
      name: "سليمان بن حدو",
      aliases: [],
      rank: "اللواء",
      role: "قائد القوات البحرية",
      country: "DZ",
      mentions: [],
      tokenSpans: [{ first: name.first, last: name.last }],
      roleSpans: [{ first: role.first, last: role.last }],
      keys: [["سليمان", "بن", "حدو"]],
    };
    expect(addTaggedPersons(ctx, [admiral], [spanOf(ctx, "أشرف")], null, () => false, 10)).toEqual([]);
  });
});

describe("a nationality adjective the tagger reads as a person", () => {
  it("names no one alone, however sure the tagger is", () => {
    const one = (ctx: Ctx, word: string) => ({ ...spanOf(ctx, word), last: spanOf(ctx, word).first });
    const ctx = ctxOf("وقال المنتدى التونسي الإندونيسي إن الشركات ستوقع عقودا جديدة.");
    expect(addTaggedPersons(ctx, [], [one(ctx, "الإندونيسي")], null, () => false, 10)).toHaveLength(0);
    // A family name alone beside the same verb is still one.
    const name = ctxOf("وقال سوهارتونو إن الشركات ستوقع عقودا جديدة.");
    expect(addTaggedPersons(name, [], [one(name, "سوهارتونو")], null, () => false, 10).map((p) => p.name)).toEqual(["سوهارتونو"]);
  });
});

describe("tokenRange", () => {
  it("lists the indices first to last, none when last is before first", () => {
    expect(tokenRange(3, 6)).toEqual([3, 4, 5, 6]);
    expect(tokenRange(4, 4)).toEqual([4]);
    expect(tokenRange(5, 4)).toEqual([]);
  });
});
