import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" });
const orgs = (text: string) => read(text).organizations.map((o) => o.name);

describe("organizations whose name starts another's", () => {
  it("keeps the shorter name's mentions under the longer name", () => {
    const x = read("أكد مجلس الأمن في بيان أهمية الحوار. وقال مجلس الأمن الدولي إن الوضع خطير. ودعا مجلس الأمن إلى الهدوء.");
    const council = x.organizations.find((o) => o.name === "مجلس الأمن الدولي");
    expect(council).toBeDefined();
    expect(council!.mentions.map((m) => m.surface)).toEqual(["مجلس الأمن", "مجلس الأمن الدولي", "مجلس الأمن"]);
    expect(x.organizations.filter((o) => o.name.startsWith("مجلس الأمن"))).toHaveLength(1);
  });

  it("gives each short mention to the longer name printed nearest before it", () => {
    const x = read("أعلنت وزارة الدفاع المصرية بدء التدريب. وقالت وزارة الدفاع إن التدريب ناجح. ثم أعلنت وزارة الدفاع الليبية مشاركتها. وأكدت وزارة الدفاع أن وفدها وصل.");
    const eg = x.organizations.find((o) => o.name === "وزارة الدفاع المصرية");
    const ly = x.organizations.find((o) => o.name === "وزارة الدفاع الليبية");
    expect(eg?.mentions).toHaveLength(2);
    expect(ly?.mentions).toHaveLength(2);
    expect(x.organizations.find((o) => o.name === "وزارة الدفاع")).toBeUndefined();
  });
});

describe("organizations beyond the military", () => {

  it("reads institutes, universities, parties, companies, banks and clubs by their head", () => {
    const names = orgs("وقع معهد الدراسات الاستراتيجية اتفاقا مع جامعة القاهرة، وأعلن حزب الأمة وشركة النصر للتعدين وبنك الإسكان ونادي الزمالك مشاركتهم في المعرض.");
    expect(names).toEqual(expect.arrayContaining(["معهد الدراسات الاستراتيجية", "جامعة القاهرة", "حزب الأمة", "شركة النصر للتعدين", "بنك الإسكان", "نادي الزمالك"]));
  });

  it("lists an agency or paper that acts in the story, not one cited for it", () => {
    const x = extractArticle({
      text: "وزير يزور روما\nذكرت وكالة الأنباء الألمانية أن وزير الخارجية الألماني توجه اليوم إلى روما في زيارة رسمية تستغرق يومين.\nووقعت وكالة الأنباء العمانية اتفاقية تعاون مع وكالة الأنباء القطرية في مسقط. وقال الوزير في تصريح لصحيفة الرياض إن التعاون مهم.",
    });
    const names = x.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["وكالة الأنباء العمانية", "وكالة الأنباء القطرية"]));
    expect(names).not.toContain("وكالة الأنباء الألمانية");
    expect(names).not.toContain("صحيفة الرياض");
  });

  it("knows international bodies by their fixed names, in both scripts", () => {
    expect(orgs("دعت منظمة العفو الدولية والوكالة الدولية للطاقة الذرية إلى الحوار.")).toEqual(expect.arrayContaining(["منظمة العفو الدولية", "الوكالة الدولية للطاقة الذرية"]));
    expect(orgs("The IAEA and UNICEF called for talks on Monday.")).toEqual(expect.arrayContaining(["IAEA", "UNICEF"]));
  });
});

describe("English names that hold 'and' or a possessive", () => {
  it("reads the whole party name, and keeps two bodies joined by 'and' apart", () => {
    const names = extractArticle({
      text: "Parties meet in Ankara\nThe Democratic Left Party and the Workers' Rights Party met on Monday, while Ankara University and Izmir Port Authority signed a deal.",
    }).organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Democratic Left Party", "Ankara University", "Izmir Port Authority"]));
    expect(extractArticle({ text: "Parties meet in Ankara\nOfficials of the Peace and Prosperity Party and of the Farmers' Union met on Monday." }).organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Peace and Prosperity Party"]),
    );
    expect(extractArticle({ text: "Parties meet in Rome\nLeaders of the Italian People's Party met on Monday." }).organizations.map((o) => o.name)).toContain("Italian People's Party");
  });
});

describe("international bodies by name and abbreviation", () => {
  it("in both scripts, and a league by its head", () => {
    const ar = orgs("رحبت رابطة العالم الإسلامي ومنظمة حظر الأسلحة الكيميائية وصندوق النقد العربي ورابطة المحامين العرب بالاتفاق.");
    expect(ar).toEqual(expect.arrayContaining(["رابطة العالم الإسلامي", "منظمة حظر الأسلحة الكيميائية", "صندوق النقد العربي", "رابطة المحامين العرب"]));
    const en = extractArticle({ text: "Talks in Abuja\nThe EU, the OPCW and the Economic Community of West African States welcomed the accord on Monday." }).organizations.map((o) => o.name);
    expect(en).toEqual(expect.arrayContaining(["EU", "OPCW", "Economic Community of West African States"]));
  });
});

describe("international bodies belong to no state", () => {
  it("whatever state the sentence names", () => {
    const x = extractArticle({ text: "Officials meet in Karachi\nIn Karachi, officials of the International Committee of the Red Cross and the Asian Development Bank met the Pakistan Navy on Tuesday." });
    const state = (n: string) => x.organizations.find((o) => o.name === n)?.country;
    expect(state("International Committee of the Red Cross")).toBeNull();
    expect(state("Asian Development Bank")).toBeNull();
    expect(state("Pakistan Navy")).toBe("PK");
  });
});

describe("defence companies named without a head", () => {
  it("reads them with their state, with or without شركة", () => {
    const x = extractArticle({ text: "صفقة طائرات\nوقعت وزارة الدفاع المصرية في القاهرة عقدا مع شركة لوكهيد مارتن، وقالت بايكار إن المسيرات ستسلم قريبا، كما تقدمت Rheinmetall بعرض." });
    const state = (n: string) => x.organizations.find((o) => o.name === n)?.country;
    expect(state("شركة لوكهيد مارتن")).toBe("US");
    expect(state("بايكار")).toBe("TR");
    expect(state("Rheinmetall")).toBe("DE");
  });
});

describe("a body's name inside a site's name", () => {
  it("is part of the place, not an organization", () => {
    const text = [
      "وزير الخارجية السعودي يصل إلى الدوحة في زيارة رسمية",
      "الدوحة - قنا",
      "وصل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية بالمملكة العربية السعودية إلى الدوحة اليوم، في زيارة رسمية لدولة قطر تستغرق يومين.",
      "وكان في استقباله لدى وصوله مطار حمد الدولي سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية.",
      "ومن المقرر أن يلتقي الوزير السعودي خلال الزيارة بحضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، ويبحث معه العلاقات الثنائية وتطورات الأوضاع في قطاع غزة.",
    ].join("\n\n");
    const x = extractArticle({ text });
    expect(x.locations.map((l) => l.name)).toContain("مطار حمد الدولي");
    expect(x.organizations.map((o) => o.name)).not.toContain("حمد الدولي");
  });
});

describe("where an organization's name ends", () => {
  it("ends a complete construct chain before a noun that goes on with the sentence", () => {
    expect(orgs("وتبنت جماعة أنصار الله الهجوم على المستودع في بيان مصور.")).toContain("جماعة أنصار الله");
    expect(orgs("وتبنت جماعة أنصار الله الهجوم على المستودع في بيان مصور.")).not.toContain("جماعة أنصار الله الهجوم");
  });

  it("leaves out words that say what the body is to the story", () => {
    const names = orgs("ورفض نواب حزب النهضة المعارض المشروع، وأكدت شركة موج الخليج للملاحة المالكة للناقلة أن الأضرار طفيفة.");
    expect(names).toContain("حزب النهضة");
    expect(names).toContain("شركة موج الخليج للملاحة");
  });

  it("leaves out a purpose clause with ل after a complete name", () => {
    expect(orgs("ووقعت الوزارة برنامجاً مع جامعة بورتسموث لتدريب مهندسين في الأمن البحري.")).toContain("جامعة بورتسموث");
  });
});

describe("colleges, academies and crossings", () => {
  it("reads a college or an academy as a body, not a place", () => {
    const x = read("وزار الوفد كلية الدفاع الوطني ثم تفقد الأكاديمية البحرية الليبية في طرابلس.");
    expect(x.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["كلية الدفاع الوطني", "الأكاديمية البحرية الليبية"]));
    expect(x.locations.map((l) => l.name)).not.toContain("كلية الدفاع الوطني");
  });

  it("reads a border crossing as a site", () => {
    const x = read("وضبطت الشرطة شحنة قرب معبر الوليد الحدودي.");
    expect(x.locations.filter((l) => l.kind === "site").map((l) => l.name).some((n) => n.startsWith("معبر الوليد"))).toBe(true);
  });
});
