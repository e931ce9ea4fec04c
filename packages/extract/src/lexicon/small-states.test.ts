import { describe, expect, it } from "vitest";
import { findPlaceHits } from "../places/gazetteer";
import { tokenize } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

const hitOf = (text: string, surface: string) => findPlaceHits(tokenize(text), text).find((h) => h.surface === surface);
const stateOf = (text: string, surface: string) => hitOf(text, surface)?.iso2;

describe("the towns and islands of small and far states", () => {
  it("reads the islands and towns of a Pacific territory with its own state", () => {
    const text = "The minister flew from Aitutaki to Rarotonga and drove to Arorangi before talks in Avarua.";
    for (const name of ["Aitutaki", "Rarotonga", "Arorangi", "Avarua"]) expect(stateOf(text, name), name).toBe("CK");
  });

  it("reads the towns on both banks of a border river, and the river with no state", () => {
    const text = "The ferry crosses the Marowijne from Albina to Saint-Laurent-du-Maroni twice a day.";
    expect(stateOf(text, "Albina")).toBe("SR");
    expect(stateOf(text, "Saint-Laurent-du-Maroni")).toBe("FR");
    expect(hitOf(text, "Marowijne")).toBeDefined();
    expect(stateOf(text, "Marowijne") || null).toBeNull();
  });

  it("reads the Arabic names of Indian Ocean islands and East African towns", () => {
    expect(stateOf("زار الوفد جزيرة براسلين ثم لاديغ", "جزيرة براسلين")).toBe("SC");
    expect(stateOf("زار الوفد جزيرة براسلين ثم لاديغ", "لاديغ")).toBe("SC");
    expect(stateOf("توجهت القافلة إلى كيلوا ماسوكو على الساحل", "كيلوا ماسوكو")).toBe("TZ");
    expect(stateOf("وصلت السفينة إلى منطقة غراند بور جنوب الجزيرة", "منطقة غراند بور")).toBe("MU");
    expect(stateOf("افتتح المحافظ مركزا صحيا في مونكي باي", "مونكي باي")).toBe("MW");
  });

  it("reads a region printed with its head as Tanzania prints its regions", () => {
    expect(stateOf("زار المسؤول منطقة ليندي أمس", "منطقة ليندي")).toBe("TZ");
  });

  it("reads the Norwegian county and municipality of an inland garrison", () => {
    const text = "The battalion trained in Salangen, in Troms, for two weeks.";
    expect(stateOf(text, "Salangen")).toBe("NO");
    expect(stateOf(text, "Troms")).toBe("NO");
  });

  it("reads the Gulf region named with its area noun whole", () => {
    const text = "ناقش الوفد أمن منطقة الخليج العربي";
    expect(hitOf(text, "منطقة الخليج العربي")).toBeDefined();
  });

  it("reads the mining areas, natural regions and training grounds that border news names", () => {
    expect(stateOf("داهمت القوات مواقع التنقيب في كوري بوغودي قرب الحدود", "كوري بوغودي")).toBe("TD");
    expect(stateOf("انتشرت الحمى في منطقة غينيا الحراجية جنوب البلاد", "منطقة غينيا الحراجية")).toBe("GN");
    expect(stateOf("The brigade fired its guns at Krivolak last week.", "Krivolak")).toBe("MK");
  });
});
