import { describe, expect, it } from "vitest";
import { findPlaceHits } from "./gazetteer";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hits = (text: string) => findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.iso2]);
const places = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.kind, l.country]);

describe("official long names of states", () => {
  it("reads the long name, with a proclitic, as the state", () => {
    expect(hits("رحب بدولة الكويت وسلطنة عمان")).toEqual([
      ["دولة الكويت", "KW"],
      ["سلطنة عمان", "OM"],
    ]);
    expect(hits("وفد من الجمهورية الإسلامية الإيرانية والجمهورية التونسية")).toEqual([
      ["الجمهورية الإسلامية الإيرانية", "IR"],
      ["الجمهورية التونسية", "TN"],
    ]);
    expect(hits("the Hashemite Kingdom of Jordan and the State of Qatar")).toEqual([
      ["Hashemite Kingdom of Jordan", "JO"],
      ["State of Qatar", "QA"],
    ]);
  });

  it("keeps a listed name's own state over a generated form", () => {
    expect(hits("جمهورية الكونغو الديمقراطية وجمهورية الكونغو")).toEqual([
      ["جمهورية الكونغو الديمقراطية", "CD"],
      ["جمهورية الكونغو", "CG"],
    ]);
  });
});

describe("continents, seas, rivers, deserts and historic regions", () => {
  it("are places of the gazetteer", () => {
    const found = hits("من أفريقيا إلى آسيا عبر البحر الميت ونهر الفرات والربع الخالي وبلاد الرافدين وجبال الأطلس").map((h) => h[0]);
    expect(found).toEqual(["أفريقيا", "آسيا", "البحر الميت", "نهر الفرات", "الربع الخالي", "بلاد الرافدين", "جبال الأطلس"]);
  });

  it("a continent after a title word is the title's scope; a state there is the host", () => {
    const x = places("تأهل المنتخب بطل أوروبا إلى النهائي بعد فوزه في مونديال تونس على فريق من آسيا.");
    expect(x.map((p) => p[0])).toEqual(expect.arrayContaining(["تونس", "آسيا"]));
    expect(x.map((p) => p[0])).not.toContain("أوروبا");
  });
});

describe("places named after a generic head", () => {
  it("reads a place the gazetteer does not know as one place, with its state (a village by its bare name, as the gold lists منكا of بلدة منكا)", () => {
    const x = places("وصل وزير الدفاع العراقي اليوم إلى محافظة المثنى جنوب العراق، وتفقد القوات في قرية المغيرة، ثم عاد من المثنى إلى بغداد.");
    expect(x).toEqual(expect.arrayContaining([["محافظة المثنى", "region", "IQ"], ["المغيرة", "city", "IQ"]]));
  });

  it("finds the name again without its head", () => {
    const x = extractArticle({ text: "زار الوزير ولاية البردويل شرق السودان، وقال إن البردويل تستحق الدعم." });
    const place = x.locations.find((l) => l.name === "ولاية البردويل");
    expect(place?.mentions.map((m) => m.surface)).toEqual(["ولاية البردويل", "البردويل"]);
    expect(place?.country).toBe("SD");
  });

  it("reads no place from a defined head, an adjective or a coordinated head", () => {
    const names = places("وأعلنت المحافظة الجنوبية خطة جديدة لمنطقة عسكرية في وادي وساحل النهر.").map((p) => p[0]);
    expect(names).toEqual([]);
  });

  it("reads English names before their head", () => {
    expect(places("The minister visited Qadisiyah Governorate in Iraq on Monday.")).toEqual(expect.arrayContaining([["Qadisiyah Governorate", "region", "IQ"]]));
  });
});

describe("an area named after the town it surrounds", () => {
  it("lists the area with its head as a region of its own", () => {
    expect(places("تفقد المحافظ الدوريات في محافظة الزرقاء وقضاء مرجعيون.")).toEqual([
      ["محافظة الزرقاء", "region", "JO"],
      ["قضاء مرجعيون", "region", "LB"],
    ]);
    expect(places("انتشرت وحدات الجيش في منطقة القصير.").map((p) => p[0])).toEqual(["منطقة القصير"]);
  });

  it("reads the town when the text also prints it alone, and the town after 'ولاية'", () => {
    expect(places("اختتم التمرين في قضاء مرجعيون، وعادت الوحدات إلى مرجعيون مساء.").map((p) => p[0])).toEqual(["مرجعيون"]);
    expect(places("وصلت السفينة إلى ولاية الدقم.").map((p) => p[0])).toEqual(["الدقم"]);
  });

  it("reads no place from 'منطقة' before a verb or a word with ل", () => {
    expect(places("أنشئت منطقة للتجارة الحرة في منطقة تمتد على الساحل.").map((p) => p[0])).toEqual([]);
  });

  it("leaves a region the gazetteer knows after the head as it is", () => {
    expect(places("انتشرت القوات في منطقة الساحل.").map((p) => p[0])).not.toContain("منطقة منطقة الساحل");
  });
});

describe("English sites", () => {
  it("reads the name before the head and after 'of'", () => {
    const x = extractArticle({ text: "Navy chiefs meet\nThe admirals met at Naval Headquarters in Karachi on Tuesday and toured the Port of Karachi and the Museum of the Armed Forces." });
    const sites = x.locations.filter((l) => l.kind === "site").map((l) => l.name);
    expect(sites).toEqual(expect.arrayContaining(["Naval Headquarters", "Port of Karachi", "Museum of the Armed Forces"]));
  });
});

describe("generic heads and words that only look like places", () => {
  const read = (text: string) => extractArticle({ text: "خبر\n" + text });

  it("lists a place named after a generic head with its head, as printed, and finds it again without the head", () => {
    const x = read("نشرت الشرطة دوريات بمحافظة السهلين قبل العيد، وقال مسؤول إن السهلين هادئة.");
    const place = x.locations.find((l) => l.name === "محافظة السهلين");
    expect(place?.mentions.map((m) => m.surface)).toEqual(["محافظة السهلين", "السهلين"]);
  });

  it("reads no place from a head followed by an adjective", () => {
    expect(read("من ناحية أخرى، أعلنت الوزارة تقديم منح للطلاب.").locations).toEqual([]);
  });

  it("reads مالي after a noun of money as 'financial', and after an army as the state", () => {
    expect(read("وقدمت الحكومة دعم مالي للمزارعين المتضررين.").countries).not.toContain("ML");
    expect(read("وقاتل جيش مالي مسلحين قرب تمبكتو.").countries).toContain("ML");
  });

  it("reads no organization from a definite head and the verb's object after it", () => {
    expect(read("نشر الجيش كاميرات بمحافظة الأنبار قبل نهاية العام.").organizations).toEqual([]);
  });
});

describe("English sites and common nouns of place", () => {
  const names = (text: string) => extractArticle({ text: "News\n\n" + text }).locations.map((l) => [l.name, l.kind]);

  it("reads the place after a lower-case 'port of' on its own, even a name that is also a word", () => {
    expect(names("Ten ships sailed from the German port of Kiel on Monday.")).toEqual([["Kiel", "city"]]);
  });

  it("reads shoals, reefs and national parks as sites", () => {
    const x = names("A patrol boat was hit near Scarborough Reef, and the gunmen fled toward Pendjari National Park.");
    expect(x).toEqual(expect.arrayContaining([["Scarborough Reef", "site"], ["Pendjari National Park", "site"]]));
  });
});

describe("English places the gazetteer does not know, after a noun of place with 'of' or before a capitalized head", () => {
  const names = (text: string) => extractArticle({ text: "News\n\n" + text }).locations.map((l) => [l.name, l.kind]);

  it("reads the capitalized name after 'the state of', 'the border town of', 'the port of'", () => {
    expect(names("Police raided homes in the eastern state of Karamanda and the border town of Nueva Colina.")).toEqual([
      ["Karamanda", "region"],
      ["Nueva Colina", "city"],
    ]);
    expect(names("The ferry docked at the port of Bandar Selim on Monday.")).toEqual([["Bandar Selim", "city"]]);
  });

  it("reads a sea, a strait and a county by their head", () => {
    expect(names("Patrols will double in the Halvar Sea and in Marsabit County.")).toEqual([
      ["Halvar Sea", "region"],
      ["Marsabit County", "region"],
    ]);
  });

  it("reads nothing from a lower-case name after the noun", () => {
    expect(names("He spoke of the state of the economy in the town of his birth.")).toEqual([]);
  });
});

describe("a name two places share", () => {
  it("reads عمّان printed with a shadda as Amman even when no Jordanian word is near, and عمان alone as Oman", () => {
    expect(hits("وصل الوفد إلى عمّان مساء الأحد")).toEqual([["عمّان", "JO"]]);
    expect(hits("وصل الوفد إلى عمان مساء الأحد")).toEqual([["عمان", "OM"]]);
  });
});

describe("a place the gazetteer does not know, after a town's head", () => {
  it("lists a town or village by its bare name, also when it opens with a letter that can be a proclitic", () => {
    const names = places("قتل جنديان في انفجار عبوة قرب بلدة كفرنبل شمال البلاد، وأصيب ثالث في قرية بيت لاهيا.").map((p) => p[0]);
    expect(names).toContain("كفرنبل");
    expect(names).not.toContain("بلدة كفرنبل");
  });

  it("keeps the head of a governorate in its name", () => {
    expect(places("وصل الوفد إلى محافظة الوسطى أمس.").map((p) => p[0])).toContain("محافظة الوسطى");
  });
});

describe("the seat of a body", () => {
  const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).locations.map((l) => l.name);

  it("reads no place from the seat of a body named before by its head alone", () => {
    expect(names("وعقد الاجتماع في مقر الأكاديمية حضره الوكيل، ثم زار الوفد مقر القيادة.")).toEqual([]);
  });

  it("ends the seat's name before the city it stands in, and keeps a title inside it", () => {
    expect(names("وزار الوفد متحف قوات السلطان المسلحة.")).toEqual(["متحف قوات السلطان المسلحة"]);
    expect(names("استقبل الوكيل اليوم في مقر القيادة العامة بأبوظبي الفريق أول سامر حداد.")).toEqual(["أبوظبي", "مقر القيادة العامة"]);
  });
});

describe("site names that end in -ي or run into a word of position", () => {
  const names = (text: string) => places(text).map((l) => l[0]);

  it("keeps a -ي word after a feminine site noun or after a first name word in the name", () => {
    expect(names("تفقد الوزير أمس قاعدة عنتيبي الجوية.")).toContain("قاعدة عنتيبي الجوية");
    expect(names("اعتقلت البحرية مسلحين قبالة جزيرة بوني أمس.")).toContain("جزيرة بوني");
    expect(names("ضبطت الشرطة شحنة قرب معبر جيبيك جولي أمس.")).toContain("معبر جيبيك جولي");
  });

  it("still reads an agreeing adjective after the site noun as no name", () => {
    expect(names("افتتح الوزير مركزا جديدا وقاعدة عسكرية في الشمال.")).toEqual([]);
  });

  it("ends the name before a word of relative position", () => {
    expect(names("تفقد القائد الكتيبة في معسكر بوتمير قرب العاصمة.")).toContain("معسكر بوتمير");
    expect(names("تفقد القائد الكتيبة في معسكر بوتمير قرب العاصمة.")).not.toContain("معسكر بوتمير قرب");
  });
});

describe("Latin names printed without their accents", () => {
  it("finds a place the gazetteer spells with accents (Asunción, Foz do Iguaçu)", () => {
    const text = "Officials met in Asuncion on Monday and in Foz do Iguacu on Tuesday.";
    const hits = findPlaceHits(tokenize(text), text).map((h) => [h.surface, h.iso2]);
    expect(hits).toEqual([
      ["Asuncion", "PY"],
      ["Foz do Iguacu", "BR"],
    ]);
  });
});

describe("the city of the dateline", () => {
  it("is where the report was filed, never a body the tagger reads there", () => {
    const x = extractArticle({
      text: "قيرغيزستان تتسلم طائرات\n\nبيشكيك (كابار) - تسلمت وزارة الدفاع القيرغيزية اليوم دفعة جديدة من الطائرات المسيرة المسلحة.",
    });
    expect(x.organizations.map((o) => o.name)).not.toContain("بيشكيك");
    expect(x.locations.map((l) => l.name)).toContain("بيشكيك");
  });
});

const readWithDateline = (dateline: string, body: string) => extractArticle({ text: `Talks on the coast\n\n${dateline} —\n\n${body}`, fileName: "en-x.txt" });

describe("a state's letters with the dollar sign are the currency's symbol", () => {
  it("US$40 million names no place nor state of the story", () => {
    const x = readWithDateline("BRIDGETOWN, Barbados", "Barbados signed a US$40 million loan with the bank on Friday. The ship came from Miami. Finance Minister Lora Penn said the US$40 million would help.");
    expect(x.locations.map((l) => l.name)).not.toContain("US");
    expect(x.countries).toEqual(["BB"]);
  });

  it("a town that is a person's family name, said again alone, names no state of the story", () => {
    const x = readWithDateline("BRIDGETOWN, Barbados", "Transport Minister Ola Brent and the bank's director, Pello Castries, signed the loan in Bridgetown on Friday. Castries said the port was vital. Brent said Barbados would pay it back.");
    expect(x.countries).toEqual(["BB"]);
  });
});
