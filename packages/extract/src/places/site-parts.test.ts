import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const sitesOf = (text: string) => extractArticle({ text }).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("a part of a site named by the site it stands in", () => {
  it("reads the station and the port it stands in as sites", () => {
    const sites = sitesOf("وتجول الوزير في محطة الحاويات بميناء صلالة، حيث استمع إلى شرح عن خطط التوسعة.");
    expect(sites).toContain("محطة الحاويات بميناء صلالة");
    expect(sites).toContain("ميناء صلالة");
  });

  it("reads no site from a station said as a stage of talks", () => {
    expect(sitesOf("وقال الوزير إن الاتفاق محطة مهمة في مسار العلاقات بين البلدين.")).toEqual([]);
  });

  it("places a round of the station there, not at the port its name ends on", () => {
    const text = "جولة\n\nمسقط - العمانية\n\nوتجول وزير النقل العماني سالم الهاشمي أمس في محطة الحاويات بميناء صلالة، حيث استمع إلى شرح عن خطط التوسعة.";
    const visit = extractArticle({ text, publishedHint: "2026-03-02" }).events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("محطة الحاويات بميناء صلالة");
  });
});
