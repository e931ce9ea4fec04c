import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const names = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => p.name);

describe("words that no person bears", () => {
  it("reads no person in a currency printed after a sum", () => {
    const p = names("قرض جديد", "وقع الصندوق العربي اليوم الاثنين اتفاقية قرض مع جمهورية طاجيكستان بقيمة 12 مليون دينار كويتي (نحو 40 مليون دولار أمريكي) لتمويل مشروع.");
    expect(p).toEqual([]);
  });

  it("reads no person in the field words of an institute's name", () => {
    const p = names("Talks in Minsk", "Analyst Pavel Rudenko of the Belarus Institute for Strategic Studies said the talks went well.");
    expect(p).toEqual(["Pavel Rudenko"]);
  });

  it("reads no person in a decree issued by an office", () => {
    const p = names("تعيين", "أصدر الرئيس الكيني قرارا بتعيين اللواء بيتر كاماو قائدا للجيش.");
    expect(p).toEqual(["بيتر كاماو"]);
  });

  it("reads no person in a ship named after its navy's prefix", () => {
    const p = names(
      "Navy visit to Port Louis",
      "Commodore Hana Pellow met the Mauritian coast guard chief on Monday. The Royal Navy patrol ship HMS Tamarind also arrived at the Deep Water Harbour in Port Louis on Tuesday.",
      "On Sunday, the Canadian patrol ship HMCS Walter Brooke arrived in the port of Port Louis after sailing through the strait.",
    );
    expect(p).toEqual(["Hana Pellow"]);
  });

  it("reads no person in a storm named after the word for it", () => {
    const p = names(
      "Aid for Tonga",
      "Minister Sione Lavaka toured the harbour on Monday to see the damage left by Cyclone Melora and Typhoon Kanoa. Roofs torn off by Tropical Storm Helen will be rebuilt.",
    );
    expect(p).toEqual(["Sione Lavaka"]);
  });
});
