import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const states = (text: string) => extractArticle({ text, fileName: "t.txt", tagger: false }).persons.map((p) => [p.name, p.country]);

describe("a delegation's nationality after a person names the party he deals with", () => {
  it("keeps the home state for an official who escorts or receives a foreign delegation", () => {
    const text = "عنوان\n\nعمان (بترا) - بحث وزير الداخلية الأردني مع الجانب العراقي أمن الحدود.\n\nورافق العميد سامر خليل النسور، مدير الأمن الحدودي، الوفد العراقي في جولة على المعبر.\n";
    expect(states(text)).toContainEqual(["سامر خليل النسور", "JO"]);
  });

  it("still gives the delegation's state to the person it is headed by", () => {
    const text = "عنوان\n\nعمان (بترا) - وصل إلى عمان أمس الوفد العراقي برئاسة اللواء حيدر كاظم الساعدي لبحث أمن الحدود.\n";
    expect(states(text)).toContainEqual(["حيدر كاظم الساعدي", "IQ"]);
  });
});

describe("a nationality before 'side of' names a place, not a party", () => {
  it("gives the officer whose troops hold 'the Bolivian side of the border' that state, though the story is dated abroad", () => {
    const text =
      "Border post\n\nASUNCION, June 3 - Minister Karel Dorn arrived in Asuncion on Monday with a delegation that included the commander of the Eastern Command, Brig. Gen. Anton Velek, whose troops guard the Bolivian side of the border.\n";
    expect(states(text)).toContainEqual(["Anton Velek", "BO"]);
  });
});
