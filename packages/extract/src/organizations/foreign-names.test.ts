import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text }).organizations.map((o) => [o.name, o.country]);

describe("a foreign name in Arabic letters after an indefinite head runs to the nationality that closes it", () => {
  it("reads names of two words and names that end like an adjective whole, with the nationality's state", () => {
    expect(orgs("عنوان\nوقالت الوزارة إن شركة بلو ماريس النرويجية ستبني الزورقين.")).toContainEqual(["شركة بلو ماريس النرويجية", "NO"]);
    expect(orgs("عنوان\nوحضر الحفل ممثلون عن شركة كاستيلاري الإيطالية التي تصنع المحركات.")).toContainEqual(["شركة كاستيلاري الإيطالية", "IT"]);
    expect(orgs("عنوان\nووقعت الحكومة مذكرة مع جامعة ريو غراندي البرازيلية لتدريب الضباط.")).toContainEqual(["جامعة ريو غراندي البرازيلية", "BR"]);
  });

  it("keeps an indefinite description of a company no name", () => {
    expect(orgs("عنوان\nوتعاقدت الحكومة مع شركة أمنية روسية لحماية المنشآت.").map((o) => o[0])).not.toContain("شركة أمنية روسية");
  });
});
