import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const stateOf = (text: string, name: string) => extractArticle({ text }).locations.find((l) => l.name === name)?.country;

describe("a border post named with the state across the border", () => {
  it("lies on this side: the state after مع is the neighbour's", () => {
    const text = "جولة\n\nأبوظبي - قال الوزير إن الزيارة ناجحة.\nوزار الوزير أمس منفذ ريسكا الحدودي مع المجر، شمالي صربيا، حيث استمع إلى شرح.";
    expect(stateOf(text, "منفذ ريسكا الحدودي")).toBe("RS");
  });

  it("a state printed right after a seat is still its own", () => {
    const text = "لقاء\n\nأبوظبي - قال الوزير إن اللقاء مثمر.\nوالتقى الوزير نظيره في مقر قيادة الجيش الثالث في السويس.";
    expect(stateOf(text, "مقر قيادة الجيش الثالث في السويس")).toBe("EG");
  });
});
