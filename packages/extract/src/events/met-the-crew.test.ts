import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2028-06-14" }).events.map((e) => e.type);

describe("the men of a ship or unit met on a visit", () => {
  it("reads meeting a frigate's crew where the visit went as part of the visit", () => {
    expect(kinds("زيارة ميناء", "", "توجه قائد البحرية الأردنية اللواء سالم الحديدي أمس إلى ميناء العقبة، حيث صعد على متن الفرقاطة المصرية \"طابا\"، والتقى بطاقمها.")).toEqual(["visit"]);
  });

  it("reads an English visit where the minister met the crews as one visit", () => {
    expect(kinds("Base visit", "", "Defence Minister Jonas Berg visited the Haakonsvern naval base on Tuesday and met the crews of two frigates.")).toEqual(["visit"]);
  });

  it("keeps talks with a named person beside a visit", () => {
    expect(kinds("زيارة ميناء", "", "توجه قائد البحرية الأردنية اللواء سالم الحديدي أمس إلى ميناء العقبة، حيث التقى مدير الميناء العميد خالد العمري.")).toContain("meeting");
  });
});
