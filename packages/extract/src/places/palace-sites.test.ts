import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-10" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("a ruler's seat named by its noun and adjective (القصر الرئاسي، السرايا الحكومية)", () => {
  it("reads the presidential palace after في as the meeting's venue, in the state of the town after it", () => {
    const x = read("والتقى وزير الخارجية الكيني، جون موانغي، أمس الثلاثاء رئيس ولاية بونتلاند، سعيد دني، في القصر الرئاسي بغاروي، حيث بحث الجانبان الأمن البحري.");
    expect(sites(x)).toContain("القصر الرئاسي");
    expect(x.locations.find((l) => l.name === "القصر الرئاسي")?.country).toBe("SO");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("القصر الرئاسي");
  });

  it("reads the government house after ب without its proclitic", () => {
    const x = read("واجتمع وزير الطاقة اللبناني، نبيل سعادة، أمس بالسرايا الحكومية مع سفير اليونان، ديميتريس كوستاس.");
    expect(sites(x)).toContain("السرايا الحكومية");
  });

  it("leaves the palace that speaks for the presidency as the subject", () => {
    const x = read("وأعلن القصر الرئاسي في نيامي أمس تشكيل حكومة جديدة.");
    expect(sites(x)).not.toContain("القصر الرئاسي");
  });
});
