import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-09-14", tagger: false });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);

describe("who else took part in the talks just told", () => {
  it("adds those of 'وشارك في جانب من المباحثات …' to the talks, with no meeting of their own", () => {
    const x = read(
      "وزيرا الدفاع الأردني والعماني يبحثان التعاون البحري",
      "بحث وزير الدفاع الأردني اللواء سامر الخطيب مع نظيره العماني الفريق بدر الهنائي اليوم في عمان سبل تطوير التعاون البحري بين البلدين.",
      "وشارك في جانب من المباحثات قائد القوة البحرية الأردنية العميد وليد الزعبي، والملحق العسكري العماني في عمان العقيد ماهر البلوشي.",
    );
    const meetings = ofType(x, "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(["سامر الخطيب", "بدر الهنائي", "وليد الزعبي", "ماهر البلوشي"]));
  });

  it("adds those who 'took part in the talks' to the talks told before", () => {
    const x = read(
      "Ministers discuss coastal patrols",
      "Ghanaian Defence Minister Kofi Mensah met his Ivorian counterpart Adama Kone in Accra on Monday to discuss coastal patrols.",
      "Participated in the talks were Rear Admiral Yaw Boateng and Colonel Ibrahim Traore.",
    );
    expect(ofType(x, "meeting")).toHaveLength(1);
  });

  it("adds who 'told the meeting that …' to the meeting told before, no meeting of its own", () => {
    const x = read(
      "Border security",
      "",
      "On Monday, Interior Minister Peter Otieno chaired a security meeting in Garissa with a delegation led by the district commissioner of Dhobley, Ahmed Warsame.",
      "County Commissioner Jane Wairimu told the meeting that the two sides had agreed to share intelligence on militant movements.",
    );
    expect(ofType(x, "meeting").map((e) => e.participants)).toEqual([["Peter Otieno", "Ahmed Warsame", "Jane Wairimu"]]);
  });
});
