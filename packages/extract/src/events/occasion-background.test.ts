import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("what an occasion follows", () => {
  it("is no meeting of the two heads of state the plan came from ('وتأتي هذه المباحثات تنفيذا لما اتفق عليه')", () => {
    const x = kinds(
      "تنسيق أمني",
      "بحث وزير الدفاع الغامبي، حسن جالو، مع وزير القوات المسلحة السنغالي، عمر ديوب، أمس الثلاثاء في مدينة زيغينشور، سبل تأمين الحدود.",
      "وتأتي هذه المباحثات تنفيذا لما اتفق عليه أداما بارو وباسيرو ديوماي فاي خلال لقائهما الأخير.",
    );
    expect(x).toEqual(["meeting: حسن جالو + عمر ديوب"]);
  });

  it("is no agreement of those who reached an understanding before ('The meeting follows an understanding reached by')", () => {
    const x = kinds(
      "Border pact",
      "ACCRA, March 10 (Wire) - Interior Minister Kofi Mensah met Togo's Security Minister General Koffi Agbeko in Aflao on Tuesday.",
      "The meeting follows an understanding reached by President Adama Kone and President Yao Mensan to tighten control of the frontier.",
    );
    expect(x).toEqual(["meeting: Kofi Mensah + Koffi Agbeko"]);
  });
});
