import { describe, expect, it } from "vitest";
import { rankStep } from "./rank-ladder";

const step = (printed: string | null) => rankStep(printed)?.key ?? null;
const grade = (printed: string) => rankStep(printed)?.grade ?? null;

describe("rank ladder", () => {
  it("reads one step from every printed form of a rank, with or without the article, staff and arm words", () => {
    for (const printed of ["الفريق", "فريق", "الفريق ركن", "الفريق الركن", "الفريق الركن (طيار)", "الفريق طيار ركن", "Lt. Gen.", "Lieutenant General", "LT GEN"]) {
      expect(step(printed), printed).toBe("lieutenant-general");
    }
    expect(step("الفريق أول ركن")).toBe("general");
    expect(step("General")).toBe("general");
    expect(step("Gen.")).toBe("general");
    expect(step("العماد")).toBe("general");
    expect(step("المشير الركن الشيخ")).toBe("field-marshal");
    expect(step("Field Marshal")).toBe("field-marshal");
    expect(step("اللواء الركن طيار")).toBe("major-general");
    expect(step("Maj. Gen.")).toBe("major-general");
    expect(step("العميد الركن")).toBe("brigadier-general");
    expect(step("Brig. Gen.")).toBe("brigadier-general");
    expect(step("العقيد")).toBe("colonel");
    expect(step("Col.")).toBe("colonel");
    expect(step("Lt. Col.")).toBe("lieutenant-colonel");
  });

  it("puts naval ranks on the navy's ladder: بحري and the admirals", () => {
    expect(step("الفريق أول بحري")).toBe("admiral");
    expect(step("الأدميرال")).toBe("admiral");
    expect(step("Adm.")).toBe("admiral");
    expect(step("الفريق بحري")).toBe("vice-admiral");
    expect(step("Vice Adm.")).toBe("vice-admiral");
    expect(step("اللواء البحري")).toBe("rear-admiral");
    expect(step("Rear Admiral")).toBe("rear-admiral");
    expect(rankStep("الفريق بحري")?.service).toBe("navy");
  });

  it("orders the ladder المشير > الفريق أول > الفريق > اللواء > العميد > العقيد > المقدم > الرائد > النقيب, across services", () => {
    const arabic = ["المشير", "الفريق أول", "الفريق", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم أول"];
    const grades = arabic.map(grade);
    expect(grades).toEqual([...grades].sort((a, b) => b! - a!));
    expect(new Set(grades.slice(0, -1)).size).toBe(grades.length - 1);
    expect(grade("Vice Adm.")).toBe(grade("الفريق"));
    expect(grade("Air Marshal")).toBe(grade("Lt. Gen."));
    expect(grade("الرقيب")).toBeLessThan(grade("الملازم")!);
  });

  it("has no step for titles that are not military ranks", () => {
    for (const printed of ["الدكتور", "د.", "Sheikh", "الشيخ", "صاحب الجلالة السلطان", "", null]) expect(step(printed)).toBeNull();
  });
});
