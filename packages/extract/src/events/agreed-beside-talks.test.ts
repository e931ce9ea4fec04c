import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("what the two sides agreed on, told a few sentences after their talks", () => {
  it("is what the talks gave: one meeting, no agreement beside it", () => {
    const x = read(
      "Talks",
      "",
      "LUSAKA - Zambia's defence minister Peter Banda met Malawi's defence minister Grace Phiri in Lusaka on Monday.",
      "The talks covered cattle raids along the border.",
      "The two sides agreed to set up a hotline between their armies.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("in Arabic too", () => {
    const x = read(
      "مباحثات",
      "",
      "لوساكا - التقى وزير الدفاع الزامبي بيتر باندا، أمس، نظيره الملاوي غريس فيري في لوساكا.",
      "وناقش الجانبان سرقة المواشي على الحدود. واتفق الجانبان على إنشاء خط ساخن بين الجيشين.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("keeps a memorandum they signed as an agreement of its own", () => {
    const x = read(
      "Talks",
      "",
      "LUSAKA - Zambia's defence minister Peter Banda met Malawi's defence minister Grace Phiri in Lusaka on Monday.",
      "The two ministers signed a memorandum on officer training.",
    );
    expect(x.events.map((e) => e.type).sort()).toEqual(["agreement", "meeting"]);
  });

  it("is not made a signing by the agreement said again as 'reached'", () => {
    const x = read(
      "Talks",
      "",
      "LUSAKA - The defence ministers of Zambia and Malawi agreed on Monday to set up a hotline between their armies, in their first meeting since the border dispute.",
      "Zambia's defence minister Peter Banda and Malawi's defence minister Grace Phiri held talks for three hours at the State House in Lusaka.",
      "Under the agreement reached on Monday, liaison officers will be posted at two border towns.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });
});
