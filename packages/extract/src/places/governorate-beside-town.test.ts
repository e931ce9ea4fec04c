import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a governorate named after its town", () => {
  it("keeps محافظة X beside the town X printed alone", () => {
    const x = extractArticle({ text: "مشروع للمياه\n\nافتتح المحافظ اليوم محطة جديدة في البصرة، وقال النائب عن محافظة البصرة سامر الكعبي إن المشروع يخدم آلاف الأسر." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("البصرة");
    expect(names).toContain("محافظة البصرة");
  });

  it("keeps إقليم X beside the town X printed alone", () => {
    const x = extractArticle({ text: "جولة للوزير\n\nزار وزير الداخلية اليوم ميناء تاجورة، ورافقه محافظ إقليم تاجورة السيد عمر حسن دبلة، الذي قال إن الميناء يخدم سكان تاجورة." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("إقليم تاجورة");
  });
});

describe("a wilaya named after its town", () => {
  it("keeps ولاية X, the province, beside the town X printed alone", () => {
    const x = extractArticle({ text: "مشروع طريق\n\nتيارت، 3 مارس 2027 - أعلن الوالي اليوم بتيارت عن مشروع يربط بلديات ولاية تيارت بالطريق السيار." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("تيارت");
    expect(names).toContain("ولاية تيارت");
  });

  it("reads the Omani wilaya as its town", () => {
    const x = extractArticle({ text: "افتتاح سوق\n\nافتتح الوزير اليوم سوقا جديدا في ولاية صحار، وقال إن صحار تستقبل آلاف الزوار." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("صحار");
    expect(names).not.toContain("ولاية صحار");
  });

  it("lists the seat of a wilaya as a site, not the wilaya", () => {
    const x = extractArticle({ text: "اجتماع أمني\n\nعقدت اللجنة الأمنية أمس بمقر ولاية تيارت اجتماعها الدوري برئاسة الوالي." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("مقر ولاية تيارت");
    expect(names).not.toContain("ولاية تيارت");
  });
});
