import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a site named by common words only, and the town after في", () => {
  it("the town after في completes a site no one could find without it", () => {
    const places = read("اجتماع\n\nعقد القادة اجتماعهم في مقر قيادة القوة الدولية في الناقورة، ثم انتقلوا إلى قاعة الاجتماعات الكبرى في وهران.");
    expect(places).toContain("مقر قيادة القوة الدولية في الناقورة/site");
    expect(places).toContain("قاعة الاجتماعات الكبرى في وهران/site");
    expect(places).toContain("الناقورة/city");
  });

  it("the seat of a body named by a body's head is named without its town", () => {
    const places = read("اجتماع\n\nالتقى الضباط في مقر القوات البحرية المشتركة في المنامة صباح الثلاثاء.");
    expect(places).toContain("مقر القوات البحرية المشتركة/site");
    expect(places).toContain("المنامة/city");
  });

  it("a site with a place in its name keeps its end before في", () => {
    const places = read("زيارة\n\nتفقد الوزير ميناء عدن الجديد في اليمن أمس.");
    expect(places.some((p) => p.startsWith("ميناء") && p.includes("اليمن"))).toBe(false);
  });
});

describe("camps", () => {
  it("'مخيم X' is a site, read as a town's name is", () => {
    const places = read("نزوح\n\nتعيش أسر جديدة في مخيم تيندوري منذ أشهر، فيما داهمت القوات مخيم الزعتري شمال الأردن.");
    expect(places).toContain("مخيم تيندوري/site");
    expect(places).toContain("مخيم الزعتري/site");
    expect(places.some((p) => p.startsWith("مخيم") && p.endsWith("/city"))).toBe(false);
  });
});
