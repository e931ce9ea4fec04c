import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-10" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("the building of a body named in full (مبنى/مقر + a body's name)", () => {
  it("reads the building of a crossing's administration as the meeting's venue, and the crossing inside its name too", () => {
    const x = read("عقد قائد حرس الحدود الأردني، اللواء ماهر الزيود، ونظيره السوري، العميد سامر الحلبي، أمس الاثنين اجتماعا في مبنى إدارة معبر الرمثا الحدودي، تناول تنظيم حركة الشاحنات.");
    expect(sites(x)).toContain("مبنى إدارة معبر الرمثا الحدودي");
    expect(sites(x).some((s) => s.startsWith("معبر الرمثا"))).toBe(true);
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("مبنى إدارة معبر الرمثا الحدودي");
  });

  it("reads a ministry's building after ب as the venue, and the ministry named only there as no organization", () => {
    const x = read("وجرى خلال الاجتماع، الذي عقد بمبنى وزارة الداخلية، بحث التعاون الأمني بين وزير الداخلية التونسي، فتحي بلحاج، ونظيره المالطي، جوزيف كاميليري.");
    expect(sites(x)).toContain("مبنى وزارة الداخلية");
    expect(x.organizations.map((o) => o.name)).not.toContain("وزارة الداخلية");
  });

  it("reads the seat of a municipality (مقر بلدية X), whose head looks like an adjective, as the venue", () => {
    const x = read("وعقد وزير السياحة الليبي، سالم الورفلي، ووالي ولاية إليزي الجزائرية، مراد بن عيسى، أمس اجتماعا بمقر بلدية أوباري، تناول تنشيط السياحة الصحراوية.");
    expect(sites(x)).toContain("مقر بلدية أوباري");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("مقر بلدية أوباري");
  });

  it("prefers the building to the port it serves when both are printed", () => {
    const x = read("وقعت شركة النور للملاحة، اليوم، عقدا مع وزارة النقل لتوسيع مرفأ صيدا، في احتفال أقيم في مبنى إدارة مرفأ صيدا بحضور وزير النقل اللبناني، سمير عون.");
    expect(x.events.find((e) => e.type === "agreement")?.location).toBe("مبنى إدارة مرفأ صيدا");
  });

  it("reads no building where the noun is not where anything is held", () => {
    const x = read("وقال وزير الأشغال الأردني، خالد المومني، إن ترميم مبنى وزارة الصحة سينتهي الشهر المقبل.");
    expect(sites(x)).not.toContain("مبنى وزارة الصحة");
  });
});
