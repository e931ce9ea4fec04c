import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-05-20" }).events;

describe("going to a place where a host receives the travellers", () => {
  it("is a visit there, with the host among its participants ('وتحول الوفد إلى …، حيث استقبله X')", () => {
    const events = read(
      "وفد عسكري أردني في مصر",
      "القاهرة، 20 مايو 2026 - التقى وزير الدفاع المصري الفريق كريم منصور اليوم الأربعاء في القاهرة رئيس هيئة الأركان الأردني اللواء سامي العبادي.",
      "وبعد اللقاء، انتقل العبادي إلى ميناء الإسكندرية، حيث كان في استقباله قائد القاعدة البحرية، العميد هشام فوزي، الذي قدم له شرحا عن تجهيزاتها.",
    );
    const visit = events.find((e) => e.type === "visit");
    expect(visit?.participants).toEqual(["سامي العبادي", "هشام فوزي"]);
    expect(visit?.date).toBe("2026-05-20");
  });

  it("is no visit when nobody receives them there ('انتقل إلى … حيث يلتقي')", () => {
    const events = read(
      "وزير أردني في مصر",
      "القاهرة، 20 مايو 2026 - التقى وزير الدفاع المصري الفريق كريم منصور اليوم الأربعاء في القاهرة رئيس هيئة الأركان الأردني اللواء سامي العبادي.",
      "ثم انتقل العبادي إلى الإسكندرية حيث يلتقي غدا مسؤولي شركة للصناعات البحرية.",
    );
    expect(events.filter((e) => e.type === "visit")).toEqual([]);
  });
});

describe("a doing told 'earlier the same day'", () => {
  it("takes the day of the occasion told before it, not today's ('في وقت سابق من اليوم ذاته')", () => {
    const events = read(
      "مباحثات تونسية ليبية",
      "تونس، 20 مايو 2026 - التقى وزير الداخلية التونسي كمال الزواري أمس الثلاثاء في تونس نظيره الليبي سالم الفرجاني.",
      "وفي وقت سابق من اليوم ذاته، زار الفرجاني ميناء رادس.",
    );
    expect(events.find((e) => e.type === "visit")?.date).toBe("2026-05-19");
  });
});
