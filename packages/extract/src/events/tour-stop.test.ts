import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-12" });

describe("a visit keeps its destination against a stop of its tour", () => {
  it("keeps the state visited when a sentence told during the visit names a site visited in a town", () => {
    const x = read(
      "رئيس هيئة الأركان الأردني يستقبل قائد البحرية الإيطالية",
      "عمّان 12 مايو 2027 (بترا) - استقبل رئيس هيئة الأركان الأردني اللواء سامر العبادي، يوم الاثنين الماضي بمقر القيادة العامة بعمّان، قائد البحرية الإيطالية الأدميرال ماركو بيانكي، الذي قام بزيارة عمل للأردن من 9 إلى 11 مايو الجاري.",
      "وخلال زيارته، اطلع الأدميرال بيانكي على برامج التدريب، كما زار الكلية البحرية بمدينة العقبة والتقى طلبتها.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("الأردن");
  });

  it("keeps the state arrived in when a town is visited there on the next day", () => {
    const x = read(
      "رئيس أركان بلغاري في زيارة إلى المغرب",
      "وصل رئيس أركان الجيش البلغاري الجنرال ستويان ديميتروف أمس الثلاثاء إلى المغرب في زيارة رسمية تستمر يومين.",
      "ويزور الجنرال ديميتروف اليوم الأربعاء مدينة القنيطرة، حيث يشاهد تمرينا للقوات الخاصة.",
    );
    const visits = x.events.filter((e) => e.type === "visit");
    expect(visits[0]?.location).toBe("المغرب");
  });

  it("still takes the town a later sentence says the visitor arrived in", () => {
    const x = read(
      "وزير دفاع سلوفاكي يزور قطر",
      "يقوم وزير الدفاع السلوفاكي ميلان كوفاتش بزيارة رسمية إلى قطر تستمر ثلاثة أيام.",
      "ووصل كوفاتش إلى الدوحة اليوم الأربعاء قادما من الكويت.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("الدوحة");
  });
});
