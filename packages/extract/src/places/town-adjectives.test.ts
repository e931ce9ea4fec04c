import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text }).locations;
const story = (body: string) => `اشتباكات حدودية\n\n${body}`;
const names = (text: string) => locationsOf(text).map((l) => l.name);

describe("an Arabic headed town no list holds, with a definite adjective after its name", () => {
  it("leaves an adjective of what the town is out of its name", () => {
    expect(names(story("قتل جنديان في هجوم على بلدة تالفورو الحدودية فجر الاثنين."))).toContain("تالفورو");
    expect(names(story("وقع الانفجار في ناحية تالفورو التابعة لمحافظة نينوى."))).toContain("ناحية تالفورو");
  });

  it("leaves a nationality out of the name and takes its state", () => {
    const town = locationsOf(story("قتل جنديان في هجوم على بلدة تالفورو الحدودية الإيفوارية فجر الاثنين.")).find((l) => l.name === "تالفورو");
    expect(town?.country).toBe("CI");
  });

  it("keeps a definite word that is no adjective of a town in the name", () => {
    expect(names(story("وصلت التعزيزات إلى مدينة صلاح الدين صباح اليوم."))).not.toContain("صلاح");
  });

  it("leaves a nationality out of the name of a site that names places only", () => {
    expect(names(story("اندلعت النيران في جزيرة تالفورو الإندونيسية أمس."))).toContain("جزيرة تالفورو");
  });
});
