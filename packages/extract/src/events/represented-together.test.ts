import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("heads of state the talks are held for", () => {
  const lead = ["اجتماع أمني", "عمان - عقد وزير الداخلية الأردني خالد سمير اليوم الأحد اجتماعا مع نظيره العراقي جواد كاظم في عمان."];

  it("named together after 'بتوجيهات من' take no part, nor make a meeting of their own", () => {
    const x = events(...lead, "وشدد الجانبان خلال الاجتماع على أن التنسيق بين البلدين يأتي بتوجيهات من عبدالله الثاني بن الحسين وعبد اللطيف جمال رشيد، واتفقا على تبادل المعلومات.");
    expect(x).toEqual(["meeting: خالد سمير + جواد كاظم"]);
  });

  it("whose vision ('رؤية X وY') the cooperation carries out take no part either", () => {
    const x = events(...lead, "وشدد الجانبان خلال الاجتماع على أن التنسيق بين البلدين يترجم رؤية عبدالله الثاني بن الحسين وعبد اللطيف جمال رشيد، واتفقا على تبادل المعلومات.");
    expect(x).toEqual(["meeting: خالد سمير + جواد كاظم"]);
  });

  it("leave a person named after a comma in the talks", () => {
    const x = events("اجتماع أمني", "عمان - عقد وزير الداخلية الأردني خالد سمير اليوم الأحد بتوجيهات من الملك عبدالله الثاني، اجتماعا مع نظيره العراقي جواد كاظم في عمان.");
    expect(x).toEqual(["meeting: خالد سمير + جواد كاظم"]);
  });
});
