import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => [o.name, o.country]);

describe("bodies news names with no head word (rules/organizations.json)", () => {
  it("reads a UN mission by its short name, in quotes too, serving no state", () => {
    expect(orgs("عنوان\nصور - سلم الجيش اللبناني و«اليونيفيل» المواقع الجديدة إلى سكان البلدة.")).toContainEqual(["اليونيفيل", null]);
    expect(orgs("Title\nNICOSIA - UNFICYP said its patrols found the crossing closed on Monday.")).toContainEqual(["UNFICYP", null]);
  });

  it("reads regional bodies and UN agencies as international", () => {
    const x = orgs("Title\nGABORONE - SADC and the International Committee of the Red Cross met officials of the Food and Agriculture Organization on Monday.");
    expect(x).toEqual(expect.arrayContaining([["SADC", null], ["International Committee of the Red Cross", null], ["Food and Agriculture Organization", null]]));
    expect(orgs("عنوان\nأديس أبابا - قالت اللجنة الدولية للصليب الأحمر إن القوة المشتركة متعددة الجنسيات فتحت الطريق.").map(([n]) => n)).toEqual(expect.arrayContaining(["اللجنة الدولية للصليب الأحمر", "القوة المشتركة متعددة الجنسيات"]));
  });

  it("gives a state's service called by its own name that state", () => {
    expect(orgs("عنوان\nقالت مصادر إن الموساد راقب السفينة قبل وصولها.")).toContainEqual(["الموساد", "IL"]);
    expect(orgs("Title\nMADRID - The Guardia Civil arrested four men in Cadiz, officials said.")).toContainEqual(["Guardia Civil", "ES"]);
  });

  it("reads a state's force known by a bare name (Sudan's Central Reserve, Argentina's Naval Prefecture)", () => {
    expect(orgs("عنوان\nالخرطوم - قال شهود إن عناصر من الاحتياطي المركزي أغلقوا الجسر مساء الأحد.")).toContainEqual(["الاحتياطي المركزي", "SD"]);
    expect(orgs("Title\nROSARIO - A boat of the Argentine Naval Prefecture stopped a barge on the river on Friday.")).toContainEqual(["Argentine Naval Prefecture", "AR"]);
  });

  it("gives an armed gang and an energy or shipping company the state they work in", () => {
    expect(orgs("Title\nQUITO - Police blamed Los Lobos for the attack on the prison on Tuesday.")).toContainEqual(["Los Lobos", "EC"]);
    expect(orgs("عنوان\nالجزائر - وقعت سوناطراك عقدا مع ميرسك لنقل الغاز.")).toEqual(expect.arrayContaining([["سوناطراك", "DZ"], ["ميرسك", "DK"]]));
  });
});

describe("the state of a listed body", () => {
  it("a listed international body serves no state, though its name holds a nationality", () => {
    expect(orgs("عنوان\nبليز - سلمت منظمة الصحة للبلدان الأمريكية اللقاحات، وقالت الإيغاد إنها سترسل مراقبين.")).toEqual(expect.arrayContaining([["منظمة الصحة للبلدان الأمريكية", null], ["الإيغاد", null]]));
    expect(orgs("Title\nLIBREVILLE - The Economic Community of Central African States sent observers on Monday.")).toContainEqual(["Economic Community of Central African States", null]);
  });

  it("a state's command named by its short name is that state's", () => {
    expect(orgs("Title\nDJIBOUTI - AFRICOM said on Monday its drones struck a camp.")).toContainEqual(["AFRICOM", "US"]);
  });
});
