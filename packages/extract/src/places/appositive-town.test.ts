import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text, fileName: "t.txt" }).locations.map((l) => l.name);

describe("a name that is also a common word, followed by a town's standing", () => {
  it("reads النعمة before ، عاصمة الولاية as the town", () => {
    expect(placesOf("جولة\n\nنواكشوط - وكالات\n\nواصل الوفد الحكومي جولته أمس ووصل إلى النعمة، عاصمة الولاية، حيث عقد اجتماعا مع السلطات المحلية.")).toContain("النعمة");
  });

  it("leaves the word alone without such an apposition", () => {
    expect(placesOf("تهنئة\n\nنواكشوط - وكالات\n\nقال الوزير إن النعمة التي ينعم بها البلد تستحق الشكر.")).not.toContain("النعمة");
  });
});
