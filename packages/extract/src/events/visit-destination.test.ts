import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-04-19" });
const visit = (x: ReturnType<typeof read>) => x.events.find((e) => e.type === "visit");

describe("where a visit went", () => {
  it("is the town after 'إلى مدينة', not the headquarters he then toured", () => {
    const x = read(
      "زيارة",
      "",
      "دكا - التقى قائد الجيش الباكستاني الفريق سليم أختر اليوم في دكا وزير الدفاع البنغالي رفيق الإسلام.",
      "وكان أختر قد وصل أمس السبت إلى مدينة سيلهيت، حيث زار مقر قيادة المنطقة العسكرية.",
    );
    expect(visit(x)?.location).toBe("سيلهيت");
  });

  it("is the object of the verb of visiting ('الذي يزور مصر'), not the site of his reception", () => {
    const x = read(
      "استقبال",
      "",
      "استقبل الفريق سامي عادل اليوم الفريق أول موسى داود رئيس أركان الجيش التشادي، الذي يزور مصر حاليا، وذلك بمقر وزارة الدفاع.",
    );
    expect(visit(x)?.location).toBe("مصر");
  });

  it("is the state after the verb and its subject ('ويزور X إثيوبيا'), not the camp he inspects on the way", () => {
    const x = read(
      "زيارة",
      "",
      "أديس أبابا - بحث وزير الدفاع الكيني جون مواورا أمس في أديس أبابا مع نظيره الإثيوبي أبيبي تسفاي تدريب القوات.",
      "ويزور مواورا إثيوبيا منذ يوم الجمعة في زيارة تستغرق أربعة أيام، ويتفقد اليوم معسكر هورسو حيث يتدرب جنود كينيون.",
    );
    expect(visit(x)?.location).toBe("إثيوبيا");
  });
});
