import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const visits = (x: ReturnType<typeof extractArticle>) => x.events.filter((e) => e.type === "visit");

describe("a visit is dated by the day the visitor arrived", () => {
  it("takes the arrival told after the lead, not the day of the talks held during it", () => {
    const x = extractArticle({
      text: "رئيس الأركان يستقبل قائد الجيش الغاني\n\nالدوحة في 22 سبتمبر 2027 /قنا/ استقبل الفريق الركن سعيد بن راشد المري، رئيس أركان القوات المسلحة القطرية، اليوم الأربعاء الفريق توماس أوبوكو، قائد الجيش الغاني، بمناسبة زيارته الرسمية للبلاد.\n\nوكان الفريق أوبوكو قد وصل إلى الدوحة أمس الثلاثاء في زيارة رسمية تستغرق ثلاثة أيام.\n",
    });
    expect(visits(x).map((e) => e.date)).toEqual(["2027-09-21"]);
  });

  it("takes the first day of the span a visit lasted, while talks keep the weekday they were held", () => {
    const x = extractArticle({
      text: "المفتش العام يستقبل قائد البحرية البرتغالية\n\nالرباط ٦ يونيو ٢٠٢٥ (و م ع) - استقبل الفريق أحمد الزياني، يوم الثلاثاء الماضي بمقر القيادة العامة بالرباط، قائد البحرية البرتغالية الأدميرال جواو سيلفا، الذي قام بزيارة عمل للمغرب من ٢ إلى ٥ يونيو الجاري.\n",
    });
    expect(visits(x).map((e) => e.date)).toEqual(["2025-06-02"]);
    expect(x.events.filter((e) => e.type === "meeting").map((e) => e.date)).toEqual(["2025-06-03"]);
  });
});
