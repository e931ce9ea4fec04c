import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text }).organizations.map((o) => [o.name, o.country]);

describe("a foreign name in Arabic letters after an indefinite head runs to the nationality that closes it", () => {
  it("reads names of two words and names that end like an adjective whole, with the nationality's state", () => {
    expect(orgs("عنوان\nوقالت الوزارة إن شركة بلو ماريس النرويجية ستبني الزورقين.")).toContainEqual(["شركة بلو ماريس النرويجية", "NO"]);
    expect(orgs("عنوان\nوحضر الحفل ممثلون عن شركة كاستيلاري الإيطالية التي تصنع المحركات.")).toContainEqual(["شركة كاستيلاري الإيطالية", "IT"]);
    expect(orgs("عنوان\nووقعت الحكومة مذكرة مع جامعة ريو غراندي البرازيلية لتدريب الضباط.")).toContainEqual(["جامعة ريو غراندي البرازيلية", "BR"]);
  });

  it("keeps an indefinite description of a company no name", () => {
    expect(orgs("عنوان\nوتعاقدت الحكومة مع شركة أمنية روسية لحماية المنشآت.").map((o) => o[0])).not.toContain("شركة أمنية روسية");
  });
});

describe("English bodies printed without a specifier", () => {
  const en = (text: string) => extractArticle({ text: "News\n\n" + text }).organizations.map((o) => o.name);

  it("reads Congress and the Senate printed alone, not before a noun they qualify", () => {
    expect(en("The ruling party holds a majority in the Senate, and the deal was notified to Congress.")).toEqual(["Senate", "Congress"]);
    expect(en("Senator Ana Vidal asked the Senate budget committee to review the deal.")).not.toContain("Senate");
  });

  it("reads parties and shipyards named in Spanish, and no person in them", () => {
    const x = extractArticle({ text: "News\n\nThe ruling Frente Sur holds a majority, while the navy bought two boats from Astilleros Costa Azul last year." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Frente Sur", "Astilleros Costa Azul"]);
    expect(x.persons).toEqual([]);
  });

  it("reads no company from an aircraft's model designation", () => {
    expect(en("The air force will buy six KC-390 transport aircraft to replace its ageing Lockmore HC-130H fleet.")).toEqual([]);
  });

  it("keeps a body before a plural title, which is no one person's office", () => {
    expect(en("Pacific Islands Forum leaders will meet in Suva, the Defence Ministry spokesman said.")).toEqual(["Pacific Islands Forum"]);
  });
});

describe("English names with 'on' and acronyms against numbers", () => {
  const en = (text: string) => extractArticle({ text: "News\n\n" + text }).organizations.map((o) => o.name);

  it("keeps the field a commission sits on in its name, not a day after it", () => {
    expect(en("The two ministers met at a session of the Joint Standing Commission on Trade and Security.")).toEqual(["Joint Standing Commission on Trade and Security"]);
    expect(en("The Joint Standing Commission on Monday approved the plan.")).toEqual(["Joint Standing Commission"]);
  });

  it("reads no body from a currency printed against its amount", () => {
    expect(en("The navy signed a RM2.4 billion contract for four patrol boats.")).toEqual([]);
  });
});
