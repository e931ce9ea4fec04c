import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });

describe("the imperfect of a verb of returning before إلى with no place", () => {
  it("says what a thing is due to, no journey", () => {
    const x = read(
      "اتفاقية",
      "",
      "تونس 20 ماي 2027 (وات) - وقعت شركة النور للطاقة اليوم اتفاقية لبيع الكهرباء مع شركة خليجية.",
      "",
      "وحسب سامي العياري، الذي يتابع ملف الطاقة في مرصد مستقل، فإن تأخر المشاريع يعود إلى صعوبات في التمويل.",
    );
    expect(x.events.filter((e) => e.type === "visit")).toEqual([]);
  });
});

describe("a state as the event's sentence prints it", () => {
  it("names the place of the visit, not a shorter form the story uses elsewhere", () => {
    const x = read(
      "استقبال",
      "",
      "مسقط - استقبل الأمين العام لوزارة الدفاع سالم الحارثي اليوم الفريق جوزيف كامبا قائد قوات الدفاع التنزانية والوفد المرافق له الذي يزور سلطنة عمان حاليا.",
      "",
      "وقال كامبا إن بلاده تنظر إلى السلطنة شريكا، وإن السلطنة تؤدي دورا في المنطقة.",
    );
    expect(x.events.find((e) => e.type === "visit")?.location).toBe("سلطنة عمان");
  });
});
