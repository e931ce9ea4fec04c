import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article: invented people and
// companies, real states and cities.

const arBody =
  "\n\nوقعت شركة النخيل للموانئ أمس اتفاقية مع مجموعة سندباد للشحن لإنشاء رصيف جديد للحاويات في ميناء خورفكان بكلفة 900 مليون درهم.\n\nوقال المدير التنفيذي للشركة طارق يوسف البلوشي إن الرصيف يبدأ العمل في الربع الأخير من العام المقبل.\n";
const enBody =
  "\n\nThe harbour company and a shipping group signed an agreement on Friday to build a new container berth at the port, at a cost of about $250 million.\n\nWork on the berth will start next spring, the company's chief executive, Tomas Lindqvist, said.\n";
const arLongHeadline = "«النخيل للموانئ» توقع مع «سندباد» الهندية اتفاقية لإنشاء رصيف حاويات بـ 900 مليون درهم في ميناء خورفكان";
const enLongHeadline = "Harbour company and Indian shipping group sign deal for new container berth worth $250 million at eastern port";

describe("a date printed on its own line above a long headline", () => {
  it("takes the line under an Arabic date as the headline, however many words it has", () => {
    const x = extractArticle({ text: `الثلاثاء 9 نوفمبر 2027\n\n${arLongHeadline}\n\nخورفكان: سالم راشد النقبي${arBody}` });
    expect(x.title).toBe(arLongHeadline);
    expect(x.published).toBe("2027-11-09");
  });

  it("does so in English too", () => {
    const x = extractArticle({ text: `Tuesday 9 November 2027\n\n${enLongHeadline}\n\nBy Ingrid Solberg${enBody}` });
    expect(x.title).toBe(enLongHeadline);
    expect(x.author).toBe("Ingrid Solberg");
  });

  it("still reads no headline when a paragraph of running text follows the date", () => {
    const x = extractArticle({ text: `الثلاثاء 9 نوفمبر 2027\n\nوقعت شركة النخيل للموانئ أمس اتفاقية مع مجموعة سندباد للشحن لإنشاء رصيف جديد للحاويات في ميناء خورفكان بكلفة كبيرة.${arBody}` });
    expect(x.title).toBeNull();
  });
});

describe("a newspaper's dateline byline, the place and the writer after a colon", () => {
  it("reads the writer after the place filed from, and no person of the story", () => {
    const x = extractArticle({ text: `رصيف جديد للحاويات في خورفكان\n\nالشارقة: سالم راشد النقبي${arBody}` });
    expect(x.author).toBe("سالم راشد النقبي");
    expect(x.persons.map((p) => p.name)).not.toContain("سالم راشد النقبي");
  });

  it("reads the writer after a town with its region in brackets, though the town's name is a common word", () => {
    const x = extractArticle({ text: `رصيف جديد للحاويات\n\nصور (جنوب لبنان): مروان سامي عواد${arBody}` });
    expect(x.author).toBe("مروان سامي عواد");
    expect(x.persons.map((p) => p.name)).not.toContain("مروان سامي عواد");
    const north = extractArticle({ text: `رصيف جديد للحاويات\n\nالباب (شمال سوريا): مروان سامي عواد${arBody}` });
    expect(north.author).toBe("مروان سامي عواد");
  });
});

describe("the correspondent framed by dashes inside a wire's dateline", () => {
  const ar =
    "مصر والسودان توقعان اتفاقية لتنظيم الصيد في بحيرة النوبة\n\nأسوان 3 آذار 2027 (أ ش أ) – من محمد عادل الشريف – وقعت مصر والسودان اليوم الأربعاء في أسوان اتفاقية لتنظيم الصيد في بحيرة النوبة، وقعها عن الجانب المصري وزير الزراعة خالد منصور وعن الجانب السوداني وزير الثروة الحيوانية عمر الطيب.\n\nوقال منصور إن الاتفاقية تنظم مواسم الصيد وتحمي الثروة السمكية في البحيرة.\n";

  it("reads 'من NAME' between two dashes as the writer, no person of the story", () => {
    const x = extractArticle({ text: ar });
    expect(x.author).toBe("محمد عادل الشريف");
    expect(x.source).toBe("أ ش أ");
    expect(x.published).toBe("2027-03-03");
    expect(x.persons.map((p) => p.name)).not.toContain("محمد عادل الشريف");
  });

  it("keeps a clause opened by من after the dateline in the story", () => {
    const x = extractArticle({ text: ar.replace("– من محمد عادل الشريف – وقعت", "– من المقرر أن توقع مصر والسودان اليوم، وقد وقعت") });
    expect(x.author).toBeNull();
  });

  it("reads 'By NAME' between two dashes in English", () => {
    const x = extractArticle({
      text: "Kenya, Uganda sign lake fishing accord\n\nKISUMU, Kenya, March 3, 2027 (Xinhua) – By Peter Odhiambo – Kenya and Uganda on Wednesday signed an accord to regulate fishing on Lake Victoria, the fisheries ministers of both countries said.\n\nThe accord sets closed seasons for the lake's fish.\n",
    });
    expect(x.author).toBe("Peter Odhiambo");
    expect(x.persons.map((p) => p.name)).not.toContain("Peter Odhiambo");
  });
});

describe("a wire's dateline with no year", () => {
  const text = (later: string) =>
    `Chile, Peru sign fishing accord after port dispute\n\nARICA, Chile, Nov 4 (Reuters) - Chile and Peru on Thursday signed a fishing accord in the port city of Arica after two days of talks between their fisheries ministers.\n\n${later}\n\n(Reporting by Tomas Rivera; Editing by Ann Clark)\n`;

  it("takes the year from a full date printed elsewhere in the article", () => {
    expect(extractArticle({ text: text("The dispute began on Oct 28, 2027, when Peruvian trawlers were turned away from the port.") }).published).toBe("2027-11-04");
  });

  it("leaves the date null when the article prints no full date, only a year", () => {
    const x = extractArticle({ text: text("The ministers agreed to meet again in Lima in the first quarter of 2028.") });
    expect(x.published).toBeNull();
    expect(x.author).toBe("Tomas Rivera");
    expect(x.source).toBe("Reuters");
  });
});

describe("an English site's header forms", () => {
  it("reads an outlet's line over the headline and 'NAME | DATE' under it", () => {
    const x = extractArticle({ text: `Harbour Weekly\n\nNew container berth for the eastern port\n\nIngrid Solberg | 12.11.2027${enBody}` });
    expect(x.title).toBe("New container berth for the eastern port");
    expect(x.source).toBe("Harbour Weekly");
    expect(x.author).toBe("Ingrid Solberg");
    expect(x.published).toBe("2027-11-12");
  });

  it("reads 'By NAME' over 'Published: DATE'", () => {
    const x = extractArticle({ text: `New container berth for the eastern port\n\nBy Ingrid Solberg\nPublished: 13 Nov 2027${enBody}` });
    expect(x.author).toBe("Ingrid Solberg");
    expect(x.published).toBe("2027-11-13");
  });

  it("reads 'By NAME, Staff Reporter' without its 'By'", () => {
    const x = extractArticle({ text: `New container berth for the eastern port\n\nBy Ingrid Solberg, Staff Reporter\nPublished: 13 Nov 2027${enBody}` });
    expect(x.author).toBe("Ingrid Solberg");
  });

  it("reads the writer of a closing 'Reporter: NAME' over 'Editor: NAME', not the editor", () => {
    const x = extractArticle({ text: `New container berth for the eastern port${enBody}\nReporter: Ingrid Solberg\nEditor: Paul Meyer\n` });
    expect(x.author).toBe("Ingrid Solberg");
    expect(x.persons.map((p) => p.name)).not.toContain("Ingrid Solberg");
  });

  it("drops the full stop closing an agency's name after the place and the day", () => {
    const x = extractArticle({
      text: "Port deal signed\n\n10:45, 8 November 2027\n\nYEREVAN, NOVEMBER 8, ARMENPRESS. The harbour company and a shipping group signed an agreement on Monday to build a new container berth at the port of Gyumri.\n\nWork will start next spring, the company said.\n",
    });
    expect(x.source).toBe("ARMENPRESS");
  });
});
