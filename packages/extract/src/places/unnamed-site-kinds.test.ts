import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("an indefinite site noun telling what kind of place", () => {
  it("reads no site from a hub named by its adjective of kind", () => {
    expect(sitesOf("وتعتزم الشركة إنشاء مركز لوجستي قرب مدينة الموصل خلال العام المقبل.")).toEqual([]);
  });

  it("reads no site from a centre named by what it is for", () => {
    expect(sitesOf("وتشمل المرحلة الثانية مركز لتزويد الشاحنات بالوقود على الطريق الدولي.")).toEqual([]);
    expect(sitesOf("وأعلنت الوزارة عن بناء قاعدة لإصلاح الزوارق في الجنوب.")).toEqual([]);
  });

  it("keeps a named centre's purpose after its name", () => {
    expect(sitesOf("زار الوفد مركز الأمير سالم لتدريب الغواصين في الميناء.").some((s) => s.startsWith("مركز الأمير سالم"))).toBe(true);
  });
});
