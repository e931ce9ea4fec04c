import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-04-12" });

describe("the states a participation phrase names", () => {
  it("take part in the conference its sentence tells, beside the opener's state", () => {
    const x = read(
      "مؤتمر في الرباط يبحث أمن الساحل",
      "الرباط - افتتح وزير الداخلية المغربي عبد الواحد الإدريسي، اليوم الاثنين، أعمال مؤتمر الرباط لأمن الساحل، بمشاركة وزراء وقادة أمن من موريتانيا ومالي والنيجر، إلى جانب ممثلين عن الاتحاد الأفريقي.",
    );
    const conference = x.events.find((e) => e.type === "conference");
    expect(conference?.countries).toEqual(["MA", "MR", "ML", "NE"]);
  });

  it("stop at the clause's end: a state named after the comma takes no part", () => {
    const x = read(
      "مؤتمر في الرباط يبحث أمن الساحل",
      "الرباط - افتتح وزير الداخلية المغربي عبد الواحد الإدريسي، اليوم الاثنين، أعمال مؤتمر الرباط لأمن الساحل، بمشاركة وزراء وقادة أمن من موريتانيا ومالي، في غياب ممثلين عن النيجر.",
    );
    const conference = x.events.find((e) => e.type === "conference");
    expect(conference?.countries).toEqual(["MA", "MR", "ML"]);
  });
});
