import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text }).organizations.map((o) => o.name);
const places = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("Arabic names made by a construct chain or a bare proper name", () => {
  it("reads a head, bare nouns and the definite word that closes them as one name", () => {
    const names = orgs("عنوان\nأعلنت جماعة أنصار الحق مسؤوليتها عن الهجوم، وقالت هيئة عمليات الملاحة البحرية الفرنسية إن قوات حرس المنشآت وصلت.");
    expect(names).toEqual(expect.arrayContaining(["جماعة أنصار الحق", "هيئة عمليات الملاحة البحرية الفرنسية", "قوات حرس المنشآت"]));
  });

  it("names a company, club or university by one bare word, but not by an adjective", () => {
    const names = orgs("عنوان\nوقعت شركة هالمر الألمانية عقدا مع نادي قرطبة، وزار الوفد جامعة سلامنكا. وقالت شركة روسية إن جماعة مسلحة هاجمت مؤسسة عسكرية تركية.");
    expect(names).toEqual(expect.arrayContaining(["شركة هالمر الألمانية", "نادي قرطبة"]));
    expect(names.some((n) => /روسية|مسلحة|عسكرية/.test(n))).toBe(false);
  });

  it("does not read a chaired body ('برئاسة' and a person's name) as a name", () => {
    expect(orgs("عنوان\nعقد المجلس اجتماعه برئاسة عبد الكريم الساعدي في بغداد.").some((n) => n.includes("الساعدي"))).toBe(false);
  });

  it("ends a name at a word of relation and at a noun after the state's adjective", () => {
    const names = orgs("عنوان\nتعاون مركز البحوث البحرية التابع لجامعة أثينا مع الكلية. وسيتيح الاتفاق لضباط الجيش اللبناني الالتحاق بالدورات.");
    expect(names).toContain("الجيش اللبناني");
    expect(names.some((n) => n.includes("التابع") || n.includes("الالتحاق"))).toBe(false);
  });

  it("keeps a city that names a university out of the story's places", () => {
    expect(places("عنوان\nوقعت الأكاديمية مذكرة مع جامعة بورتسموث البريطانية لإطلاق برنامج مشترك.")).not.toContain("بورتسموث");
  });
});

describe("English names of bodies", () => {
  const text = [
    "Ministers meet",
    "LONDON, May 2 (Reuters) - Peru's parliament approved the budget on Tuesday, while Chile's coast guard and the Bolivian presidency stayed silent.",
    "State miner CODELCO and the shipper NORVAL said Andes Copper Holdings and Pacific Energy would join, the International Chamber of Shipping said.",
    "Suspected al-Shabaab gunmen fired on the convoy, said the Peru Rapid Response Unit.",
  ].join("\n");
  const names = orgs(text);

  it("reads a state's possessive before a lower-case body, acronyms that act, and names ending in a company word", () => {
    expect(names).toEqual(expect.arrayContaining(["Peru's parliament", "Chile's coast guard", "Bolivian presidency", "CODELCO", "NORVAL", "Andes Copper Holdings", "Pacific Energy", "International Chamber of Shipping"]));
  });

  it("reads a listed name printed in lower case where it starts", () => {
    expect(names).toContain("al-Shabaab");
    expect(names.some((n) => n.startsWith("Suspected"))).toBe(false);
  });

  it("takes no time zone, agency code or acronym given in parentheses for a body", () => {
    const x = orgs("Talks end\nCAIRO, June 3 (AFP) - The Egyptian Armed Forces (EAF) said at 10 GMT that EAF units had returned.");
    expect(x).not.toContain("GMT");
    expect(x).not.toContain("AFP");
    expect(x).not.toContain("EAF");
  });

  it("lists a body named only inside a title as part of the title", () => {
    const x = orgs("Talks end\nROME, June 3 (Reuters) - Captain Piero Russo, the head of the Sardinian navy, met the foreign ministry spokesman in Rome.");
    expect(x.some((n) => /navy|ministry/i.test(n))).toBe(false);
  });
});

describe("a name that starts another's", () => {
  it("keeps a listed body apart from a longer name that opens another body", () => {
    const x = orgs("Talks end\nThe African Union Transition Mission in Somalia said Kenya remained part of the African Union force.");
    expect(x).toEqual(expect.arrayContaining(["African Union"]));
    expect(x.filter((n) => n.startsWith("African Union"))).toHaveLength(2);
  });
});

describe("sites", () => {
  it("takes no indefinite phrase for a named site", () => {
    expect(places("عنوان\nطالب الوزير بإنشاء مركز جديد لمراقبة الحدود ومطار حديث في الجنوب.").some((n) => n.startsWith("مركز") || n.startsWith("مطار"))).toBe(false);
  });

  it("ends a site's name before 'and' and another head, and reads a lower-case site noun after a name", () => {
    const x = places("Talks end\nLISBON, May 2 (Reuters) - The ministers met at the Ajuda barracks on Tuesday.");
    expect(x).toContain("Ajuda barracks");
    const y = places("عنوان\nاستضافت الأكاديمية ومعهد البحوث البحرية الندوة في مكتبة الإسكندرية.");
    expect(y).toContain("مكتبة الإسكندرية");
    expect(y.some((n) => n.includes("ومعهد"))).toBe(false);
  });
});

describe("site names that end before the sentence goes on", () => {
  it("stops before a title after a definite noun and before a preposition after the name", () => {
    const x = places("عنوان طويل عن زيارة الوفد العسكري إلى المدينة الساحلية\nاستقبل مدير الأكاديمية الدكتور سامي رحال الوفد، ثم زار الوفد ميناء الزهراني بتكلفة كبيرة وقاعدة الأمير سلطان الجوية.");
    expect(x).toEqual(expect.arrayContaining(["ميناء الزهراني", "قاعدة الأمير سلطان الجوية"]));
    expect(x.some((n) => n.includes("الدكتور") || n.includes("بتكلفة"))).toBe(false);
  });
});

describe("English border services and missions", () => {
  it("reads a border service, border troops and a gendarmerie as bodies, not persons", () => {
    const text = "General Aslan Berdiev of Kazakhstan's Border Troops met officers of the Uzbek Border Service and the National Gendarmerie.";
    expect(orgs(text)).toEqual(expect.arrayContaining(["Border Troops", "Uzbek Border Service", "National Gendarmerie"]));
    expect(extractArticle({ text }).persons.map((p) => p.name)).not.toContain("Border Troops");
  });

  it("keeps the state a mission serves in as part of its name", () => {
    expect(orgs("Troops serving with the United Nations Mission in Mali (MINUSMA) were attacked.")).toContain("United Nations Mission in Mali");
    expect(orgs("The Army in Mali said the road was closed.")).not.toContain("Army in Mali");
  });
});

describe("a name in quotes after the head", () => {
  it("is the whole name, with the nationality after the quotes, and no person", () => {
    const text = 'وقعت وزارة الدفاع عقدا مع شركة "نوفا ستيل ووركس" الإيطالية، وقالت مؤسسة «الرواد» للبحوث إن العقد كبير.';
    const x = extractArticle({ text });
    expect(x.organizations.map((o) => [o.name, o.country])).toContainEqual(["شركة نوفا ستيل ووركس الإيطالية", "IT"]);
    expect(x.organizations.map((o) => o.name)).toContain("مؤسسة الرواد");
    expect(x.persons.map((p) => p.name)).toEqual([]);
  });
});
