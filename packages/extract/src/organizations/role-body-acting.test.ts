import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a body of someone's title that acts further on", () => {
  it("lists a body named in a title and printed again by its head as the subject of a reported clause", () => {
    expect(orgs("وحضر اللقاء ممثل المنظمة الدولية للهجرة في النيجر، السيد بول مارتان، الذي أكد أن المنظمة ستمول عودة المهاجرين.")).toContain("المنظمة الدولية للهجرة");
  });

  it("leaves a national unit in its commander's title, whose head said again is the whole service", () => {
    expect(orgs("وزار قائد الفيلق الرابع الكونغولي الجنرال موسى كابيلا الحدود، مؤكدا أن الفيلق سيبقى في مواقعه.")).not.toContain("الفيلق الرابع الكونغولي");
  });

  it("leaves it a part of the title when the article does not make it act", () => {
    expect(orgs("وحضر اللقاء ممثل المنظمة الدولية للهجرة في النيجر، السيد بول مارتان، الذي أكد دعم عودة المهاجرين.")).not.toContain("المنظمة الدولية للهجرة");
  });
});

describe("a civil body of a title said again by its head outside any title", () => {
  it("lists a commission named only in its chairman's title when the story goes on about it by its head", () => {
    expect(orgs("دشن رئيس هيئة الآثار المغربية الدكتور سعيد بن علي العلوي، أمس، مشروع ترميم قصر قديم في فاس. وأوضح العلوي أن الهيئة دربت عشرين حرفيا.")).toContain("هيئة الآثار المغربية");
  });

  it("lists it when the head said again owns something of the story", () => {
    expect(orgs("افتتحت رئيسة مؤسسة التراث الأردنية السيدة ليلى سالم معرضا للخزف في عمان، ويأتي المعرض ضمن برنامج المؤسسة للتعريف بالحرف.")).toContain("مؤسسة التراث الأردنية");
  });

  it("leaves it in the title when the head is said again only in another title", () => {
    expect(orgs("دشن رئيس هيئة الآثار المغربية الدكتور سعيد بن علي العلوي، أمس، مشروع ترميم قصر قديم في فاس، بحضور مدير الترميم بالهيئة.")).not.toContain("هيئة الآثار المغربية");
  });

  it("leaves a department of a title, said again, to the title", () => {
    expect(orgs("واستمع الوزير إلى مدير إدارة المنافذ بوزارة الداخلية، السيد خالد ناصر العتيبي، الذي أوضح أن الإدارة ضبطت شحنة كبيرة.")).not.toContain("إدارة المنافذ");
  });
});
