import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const stateOf = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name)?.country;

describe("an office left bare beside the other side's office, which prints its state", () => {
  const text =
    "الثلاثاء ٣ مارس ٢٠٢٧\n\nسلطنة عُمان وباكستان تتفقان في كراتشي على تبادل بيانات السفن\n\nكراتشي - العمانية\n\nوقّع قائد شرطة خفر السواحل، العميد سالم بن راشد الحارثي، والمدير العام لوكالة الأمن البحري الباكستانية، اللواء البحري زاهد بلوش، أمس الإثنين بميناء كراتشي محضر اجتماع اللجنة الفنية المشتركة.";

  it("is of the report's own side, not of the state written from", () => {
    expect(stateOf(text, "سالم بن راشد الحارثي")).toBe("OM");
    expect(stateOf(text, "زاهد بلوش")).toBe("PK");
  });
});
