import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a governorate named after its town", () => {
  it("keeps محافظة X beside the town X printed alone", () => {
    const x = extractArticle({ text: "مشروع للمياه\n\nافتتح المحافظ اليوم محطة جديدة في البصرة، وقال النائب عن محافظة البصرة سامر الكعبي إن المشروع يخدم آلاف الأسر." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("البصرة");
    expect(names).toContain("محافظة البصرة");
  });

  it("keeps إقليم X beside the town X printed alone", () => {
    const x = extractArticle({ text: "جولة للوزير\n\nزار وزير الداخلية اليوم ميناء تاجورة، ورافقه محافظ إقليم تاجورة السيد عمر حسن دبلة، الذي قال إن الميناء يخدم سكان تاجورة." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("إقليم تاجورة");
  });
});
