import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-12" });
const places = (x: ReturnType<typeof extractArticle>) => x.events.map((e) => e.location);

describe("the flag a ship flies is not where the happening took place", () => {
  it("leaves out the state after 'ترفع علم' in a visit's sentence", () => {
    const x = read("تفقد", "", "تفقد وزير الدفاع المصري اللواء أحمد سالم أمس الميناء الحربي، حيث ترسو سفينة إمداد ترفع علم اليونان.");
    expect(places(x)).toEqual([null]);
  });

  it("leaves out the state after 'ترفع علم' or 'تحمل علم' and keeps the island the sentence names", () => {
    const x = read("احتجاز", "", "احتجزت البحرية اليمنية أمس سفينة شحن ترفع علم توغو.");
    expect(places(x)).toEqual([null]);
    const y = read("احتجاز", "", "احتجزت البحرية اليمنية أمس سفينة شحن تحمل علم توغو قرب جزيرة ميون.");
    expect(places(y)).toEqual(["جزيرة ميون"]);
  });

  it("leaves out an English flag state, after 'flag of' or before 'flagged'", () => {
    const x = read("Seizure", "", "The Greek navy on Monday seized a cargo ship flying the flag of Togo.");
    expect(places(x)).toEqual([null]);
    const y = read("Seizure", "", "The Greek navy on Monday seized a Togo-flagged cargo ship.");
    expect(places(y)).toEqual([null]);
  });
});
