import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("the name of an event's place", () => {
  it("keeps the area head a town is printed with in the event's own sentence", () => {
    const x = extractArticle({
      text: "اجتماع أمني مشترك\n\nعقدت اللجنة العسكرية الأردنية العراقية المشتركة اجتماعها الخامس أمس في منطقة الرويشد قرب الحدود، برئاسة العميد الركن أحمد سالم الزبن.\n\nوتبعد الرويشد نحو 280 كيلومترا عن العاصمة عمان.\n",
    });
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("منطقة الرويشد");
  });

  it("gives a region its bare name, head or not", () => {
    const x = extractArticle({
      text: "جولة تفقدية\n\nتفقد وزير الدفاع اليمني اللواء سالم أحمد باعوضة الوحدات العسكرية في محافظة حضرموت، وعقد اجتماعا بقادتها.\n",
    });
    expect(x.events.map((e) => e.location)).toContain("حضرموت");
    expect(x.events.map((e) => e.location)).not.toContain("محافظة حضرموت");
  });

  it("gives the bare name of an area a happening was only near", () => {
    const x = extractArticle({
      text: "ضبط شحنة\n\nبغداد - ضبطت قوات الحدود العراقية أمس شاحنة محملة بالذخائر قرب ناحية الزويرة غربي البلاد، واعتقلت سائقها.\n",
    });
    expect(x.events.map((e) => e.location)).toContain("الزويرة");
    expect(x.events.map((e) => e.location)).not.toContain("ناحية الزويرة");
  });
});
