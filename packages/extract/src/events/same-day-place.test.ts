import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-10-05" });

describe("an event with no place of its own takes the place of its people's doings of that day", () => {
  it("places a later meeting of the day where the day's talks were, not at the stop told of the day before", () => {
    const x = read(
      "رئيس أركان أوغندي يبحث في نيروبي التعاون العسكري",
      "نيروبي في 5 أكتوبر 2027 - بحث رئيس أركان الجيش الأوغندي الفريق صامويل أوكيلو مع قائد الجيش الكيني الفريق جوزيف موانغي اليوم الثلاثاء في نيروبي تأمين الحدود المشتركة.",
      "وكان أوكيلو قد وصل أمس الاثنين إلى مدينة مومباسا، حيث تفقد القاعدة البحرية.",
      "والتقى أوكيلو في وقت لاحق اليوم وزيرة الدفاع الكينية روث واناتو، وتناول اللقاء مكافحة التهريب.",
    );
    const later = x.events.find((e) => e.type === "meeting" && e.participants.includes("روث واناتو"));
    expect(later?.location).toBe("نيروبي");
  });
});
