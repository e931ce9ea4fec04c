import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-01-20" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("'other' happenings named again by a definite noun", () => {
  it("keeps an attack told with nobody named free of those who speak of it afterwards", () => {
    const x = read(
      "هجوم",
      "",
      "صنعاء - هاجم مسلحون أمس دورية للجيش قرب مدينة مأرب وقتلوا ثلاثة جنود.",
      "ودان السفير الأمريكي جون هارتلي الهجوم في تغريدة على منصة إكس.",
    );
    expect(others(x).map((e) => e.participants)).toEqual([[]]);
  });

  it("splits the attack told 'a week after' from the vote, though its doers stand before the verb", () => {
    const x = read(
      "Vote",
      "",
      "MOGADISHU - Somalia's lower house of parliament on Wednesday approved a coast guard training deal with Turkey.",
      "The vote came a week after al-Shabaab fighters attacked a police post near Kismayo, killing three officers.",
    );
    expect(others(x)).toHaveLength(2);
    expect(others(x)[1]?.location).toBe("Kismayo");
  });

  it("keeps a vote by a committee apart from the ceremony told before it, with no one from that sentence", () => {
    const x = read(
      "Corvette",
      "",
      "KARACHI - Admiral Tariq Aziz Malik, the naval chief, inaugurated the navy's new dockyard in Karachi on Tuesday.",
      "The Senate Standing Committee on Defence approved funding for the programme last month.",
      "Farida Qazi, who chairs the committee, said the vote showed a rare consensus.",
    );
    expect(others(x).map((e) => e.participants)).toEqual([["Tariq Aziz Malik"], ["Farida Qazi"]]);
    expect(others(x)[1]?.summary).toMatch(/^The Senate/);
  });
});
