import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("venues and sites where the text places an occasion", () => {
  it("reads the seat of an area's government with its head (مقر ولاية X) and holds the meeting there", () => {
    const x = read("بحث وزير الدفاع الموريتاني، سالم ولد أحمد، مع نظيره المالي، موسى كوني، أمس الاثنين في مقر ولاية اترارزة بمدينة روصو، سبل التعاون.");
    expect(sites(x)).toContain("مقر ولاية اترارزة");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("مقر ولاية اترارزة");
  });

  it("reads a building of a governorate (مبنى محافظة X) as the venue, not the governorate", () => {
    const x = read("عقد وزير الداخلية العراقي، كريم جاسم، ومحافظ نينوى، سعد يونس، أمس الأحد اجتماعا في مبنى محافظة دهوك لبحث أمن الحدود.");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("مبنى محافظة دهوك");
  });

  it("reads a bridge named by its town as a site", () => {
    const x = read("وزار وزير النقل الموريتاني، سالم ولد أحمد، أمس ورشة بناء جسر روصو، حيث اطلع على تقدم الأشغال.");
    expect(sites(x)).toContain("جسر روصو");
  });

  it("keeps a body's building said again (مبنى المجلس) no place, as its seat is", () => {
    const x = read("استقبل رئيس مجلس الأعيان الأردني، فيصل سالم، أمس في مبنى المجلس وفدا من البرلمان الكويتي.");
    expect(sites(x)).not.toContain("مبنى المجلس");
  });

  it("reads a named hospital where a meeting was held as a site, and one the wounded were taken to as a body", () => {
    const held = read("وكان وكيل الوزارة، الدكتور سالم الفاخري، قد عقد يوم الأحد في مستشفى الكفرة العام اجتماعا مع ممثل منظمة الصحة العالمية.");
    expect(sites(held)).toContain("مستشفى الكفرة العام");
    expect(held.organizations.map((o) => o.name)).not.toContain("مستشفى الكفرة العام");
    const taken = read("ونقل الجرحى إلى مستشفى الكفرة العام لتلقي العلاج.");
    expect(taken.organizations.map((o) => o.name)).toContain("مستشفى الكفرة العام");
  });

  it("ends a port's name at the town it is named by (بميناء جوادر محضر)", () => {
    const x = read("ووقع قائد خفر السواحل، اللواء سالم الحارثي، واللواء البحري عمران شاه، أمس الأربعاء بميناء جوادر محضر اجتماع اللجنة المشتركة.");
    expect(sites(x)).toContain("ميناء جوادر");
    expect(sites(x)).not.toContain("ميناء جوادر محضر");
  });

  it("reads no station in a stage of a tour (محطة مهمة)", () => {
    const x = read("وفي محطة مهمة من الجولة، التقى الفريق سالم ناصر بوزير الدفاع الباكستاني.");
    expect(sites(x)).toEqual([]);
  });

  it("places a conference hall named by a common noun by the building after ب", () => {
    const x = read("افتتح الوزير أمس المؤتمر الدولي للنقل البحري في قاعة المؤتمرات بمكتبة الإسكندرية.");
    expect(sites(x)).not.toContain("قاعة المؤتمرات");
  });

  it("reads English venues after 'at' and 'in the' as sites, no bodies", () => {
    const x = read(
      "Envoy meets leaders",
      "",
      "COLOMBO, June 12 - Indian envoy Ravi Menon called on President Sunil Perera at the Presidential Secretariat on Monday.",
      "Later the two ministers met in the Lakeside Municipal Assembly hall in Kandy.",
    );
    expect(sites(x)).toEqual(expect.arrayContaining(["Presidential Secretariat", "Lakeside Municipal Assembly hall"]));
    expect(x.organizations.map((o) => o.name)).not.toContain("Presidential Secretariat");
  });

  it("reads a body's headquarters after 'at the' as the venue and keeps the body", () => {
    const x = read("Talks", "", "VIZAG, June 12 - Admiral Arun Rao met Vice Admiral Kamal Silva at the headquarters of the Southern Naval Command on Tuesday.");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("headquarters of the Southern Naval Command");
    expect(x.organizations.map((o) => o.name)).toContain("Southern Naval Command");
  });

  it("reads a Romance palace's name with its small words", () => {
    const x = read("Governor Rui Santos received the crew at the Palácio da Ribeira in Funchal on Friday.");
    expect(sites(x)).toContain("Palácio da Ribeira");
  });

  it("reads a Romance house or square named after 'at' as a venue", () => {
    expect(sites(read("The minister cut the ribbon at the Casa da Guitarra in Coimbra on Friday."))).toContain("Casa da Guitarra");
    expect(sites(read("The mayor spoke at the Praça do Rossio in Évora on Friday."))).toContain("Praça do Rossio");
  });
});

describe("common building nouns as sites", () => {
  it("takes no bare word, nationality or purpose after مجمع or مبنى as a name", () => {
    const x = read("وأعلنت الشركة إنشاء مجمع لتخزين الوقود ومبنى تخزين بالميناء، فيما يبني مجمع تركي رصيفا جديدا.");
    expect(sites(x)).toEqual([]);
  });

  it("reads the building of an area no list holds (مبنى محافظة X)", () => {
    const x = read("عقد المحافظ، سالم يوسف، اجتماعا أمس في مبنى محافظة زيلكا مع قادة الشرطة.");
    expect(sites(x)).toContain("مبنى محافظة زيلكا");
  });
});

describe("a hospital's kind and the year", () => {
  it("keeps العام of 'last year' out of a hospital's name", () => {
    const x = read("وكان الوزير قد افتتح في مستشفى الكفرة العام الماضي جناحا جديدا.");
    expect(sites(x)).not.toContain("مستشفى الكفرة العام");
  });
});
