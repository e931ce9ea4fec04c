import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });
const kinds = (x: ReturnType<typeof read>) => x.events.map((e) => e.type);

describe("aid handed out and a disaster", () => {
  it("reads aid distributed as a happening, and the flood it followed as one of its own", () => {
    const x = read(
      "مساعدات",
      "",
      "كسلا - أشرف وزير الرعاية الاجتماعية، عمر حامد الطيب، اليوم على توزيع شحنة من المساعدات الغذائية على الأسر المتضررة في مدينة كسلا، إثر فيضان نهر القاش الأسبوع الماضي.",
      "وقال إن الحكومة لن تترك المتضررين.",
    );
    expect(kinds(x)).toEqual(["other", "other"]);
    expect(x.events[0]?.participants).toEqual(["عمر حامد الطيب"]);
    expect(x.events[1]?.participants).toEqual([]);
  });

  it("in English too, and the flood named again joins the flood told first", () => {
    const x = read(
      "Aid",
      "",
      "KASSALA - Social welfare minister Omar Hamid Tayeb on Tuesday distributed food aid to families in Kassala, following a flood that swept the town last week.",
      "The flood killed 12 people, officials said.",
    );
    expect(kinds(x)).toEqual(["other", "other"]);
  });

  it("reads no aid distributed where a verb of handing out has no aid after it", () => {
    const x = read("Papers", "", "KASSALA - Omar Hamid Tayeb distributed leaflets about the election in Kassala on Tuesday.", "He said the leaflets were free.");
    expect(kinds(x)).toEqual([]);
  });
});

describe("the river a flood is named after", () => {
  it("is no venue of the flood: the town its sentence tells of is, and the flood stays apart from the aid", () => {
    const x = read(
      "مساعدات",
      "",
      "كسلا - أشرف وزير الرعاية الاجتماعية، عمر حامد الطيب، اليوم على توزيع شحنة من المساعدات على الأسر المتضررة من الفيضانات في مدينة كسلا، إثر فيضان نهر القاش الأسبوع الماضي.",
      "وقال إن الحكومة لن تترك المتضررين.",
    );
    expect(x.events.map((e) => [e.type, e.location])).toEqual([
      ["other", "كسلا"],
      ["other", "كسلا"],
    ]);
  });
});
