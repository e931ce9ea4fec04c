import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const others = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-06-20" }).events.filter((e) => e.type === "other").map((e) => e.countries);

describe("a seizure with nobody named", () => {
  it("is not of the state its goods came from ('smuggled Bolivian diesel')", () => {
    const x = others("Border patrol", "ARICA, Chile (Wire) — Chilean police seized a truck carrying smuggled Bolivian diesel near Putre last Sunday and arrested two men.");
    expect(x).toEqual([["CL"]]);
  });

  it("is not of the state the men travelled from ('travelling from Lima')", () => {
    const x = others("Border patrol", "ARICA, Chile (Wire) — Chilean police at the Chacalluta checkpoint arrested three men travelling from Lima with forged passports on Friday.");
    expect(x).toEqual([["CL"]]);
  });

  it("is not of the state the others fled to ('وفرار آخرين إلى العمق العراقي')", () => {
    const x = others("إحباط تهريب", "أحبطت قوات حرس الحدود الأردنية فجر الجمعة محاولة تهريب قرب الرويشد، وضبطت كميات من المخدرات بعد فرار آخرين إلى العمق العراقي.");
    expect(x).toEqual([["JO"]]);
  });
});
