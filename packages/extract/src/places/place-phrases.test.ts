import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text }).locations.map((l) => l.name);
const place = (text: string, name: string) => extractArticle({ text }).locations.find((l) => l.name === name);

describe("a compass noun before a state's name", () => {
  it("names a region of the state after a preposition or a bracket", () => {
    expect(place("مناورات كبرى\n\nتجري المناورات في شمال النيجر بمشاركة ثلاث دول.", "شمال النيجر")).toMatchObject({ kind: "region", country: "NE" });
    expect(place("زيارة\n\nأبشي (شرق تشاد): سالم علي\n\nوصل الوفد أمس.", "شرق تشاد")).toMatchObject({ kind: "region", country: "TD" });
  });

  it("keeps the state's name as an alias when the state is not listed apart", () => {
    const x = extractArticle({ text: "مناورات كبرى\n\nتجري المناورات في شمال النيجر بمشاركة ثلاث دول." });
    expect(x.locations.find((l) => l.name === "شمال النيجر")?.aliases).toContain("النيجر");
  });

  it("only says where a town lies after the town's name", () => {
    expect(places("هجوم\n\nوقع الهجوم في مدينة أغاديز شمال النيجر أمس.")).not.toContain("شمال النيجر");
  });
});

describe("a region named by its compass point", () => {
  it("is a region after a preposition, none after an office or before العسكرية", () => {
    expect(places("قافلة\n\nبنغازي - وصلت القافلة إلى المنطقة الوسطى أمس.")).toContain("المنطقة الوسطى");
    expect(places("لقاء\n\nبنغازي - التقى قائد المنطقة الوسطى وفدا زائرا أمس.")).not.toContain("المنطقة الوسطى");
    expect(places("لقاء\n\nبنغازي - تجري المناورة في المنطقة الوسطى العسكرية أمس.")).not.toContain("المنطقة الوسطى");
  });
});

describe("where a site's name ends", () => {
  it("is no base before a word of data", () => {
    expect(places("تعاون\n\nاتفق الجانبان في القاهرة على توحيد قاعدة البيانات الخاصة بالمسافرين.").some((n) => n.startsWith("قاعدة"))).toBe(false);
  });

  it("ends before an apposition closed by an elative", () => {
    expect(places("معبر\n\nويعد معبر الوليد الحدودي الشريان التجاري الأهم بين البلدين.")).not.toContain("معبر الوليد الحدودي الشريان التجاري الأهم");
  });

  it("ends after a listed town before an indefinite word", () => {
    const names = places("اتفاق\n\nوقع الجانبان أمس بميناء صلالة محضر اجتماع اللجنة المشتركة.");
    expect(names).toContain("ميناء صلالة");
    expect(names).not.toContain("ميناء صلالة محضر");
  });
});

describe("a place's name quoted alone", () => {
  it("names a paper or the like, no place", () => {
    expect(places("حوار\n\nالرباط - وقال الوزير لـ«أفريقيا» إن الاتفاق قريب.")).not.toContain("أفريقيا");
  });
});

describe("a homonym named a town once", () => {
  it("makes the other end of a road after بين a place", () => {
    expect(places("طريق\n\nوصل الوفد إلى مدينة أدري، وبحث تأمين الطريق بين أدري والجنينة.")).toEqual(expect.arrayContaining(["أدري", "الجنينة"]));
  });
});

describe("towns of the borders", () => {
  it("knows Keur Macène in Mauritania, Taher in Algeria and Aflao in Ghana", () => {
    expect(place("ضبط\n\nضبطت الوحدات زورقا قرب بلدة كرمسين.", "كرمسين")?.country).toBe("MR");
    expect(place("مشروع\n\nافتتح الوزير مصنعا بالطاهير.", "الطاهير")?.country).toBe("DZ");
    expect(place("Patrols\n\nOfficers met at Aflao on Tuesday.", "Aflao")?.country).toBe("GH");
  });
});
