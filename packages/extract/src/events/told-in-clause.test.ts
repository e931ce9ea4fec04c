import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("a happening told in a clause about someone of the occasion", () => {
  it("is an earlier happening of its own, the day before, of the occasion's state and not of a ship's flag", () => {
    const x = read(
      "زيارة",
      "",
      "سوسة 6 ماي 2027 (وات) - زار وزير الدفاع، كريم بن صالح، اليوم الخميس، ميناء سوسة، حيث التقى بعناصر الوحدات التي شاركت أمس الأربعاء في إنقاذ طاقم سفينة صيد ترفع علم مالطا قبالة المنستير.",
      "وقال إن التدخل كان سريعا.",
    );
    const rescue = x.events.find((e) => e.type === "other");
    expect(rescue?.date).toBe("2027-05-05");
    expect(rescue?.countries).toEqual(["TN"]);
    expect(rescue?.participants).toEqual([]);
  });
});

describe("talks held where someone inspected", () => {
  it("are part of the visit the inspection makes", () => {
    const x = read(
      "تفقد",
      "",
      "بنزرت 6 ماي 2027 (وات) - تفقدت وزيرة الدفاع، ليلى الورتاني، اليوم الخميس، الثكنة العسكرية ببنزرت، حيث التقت بالضباط والجنود.",
      "وقال ضابط إن الزيارة تمت في ظروف جيدة.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["visit"]);
    expect(x.events[0]?.participants).toEqual(["ليلى الورتاني"]);
    // The barracks named by the town it stands in is where the visit went.
    expect(x.events[0]?.location).toBe("الثكنة العسكرية ببنزرت");
  });
});
