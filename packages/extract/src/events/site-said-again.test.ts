import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-10" });

describe("a site said again by its bare noun places the event", () => {
  it("places a tour told with 'بالمنفذ' at the crossing the story named first", () => {
    const x = read(
      "تفقد وزير الداخلية الأردني، عادل الخوالدة، ونظيره العراقي، كريم الساعدي، أمس منفذ الكرامة الحدودي.",
      "وكان وفد عراقي قد عبر صباح أمس من منفذ طريبيل المقابل.",
      "وعقب ذلك، قام الوزيران بجولة في صالة المسافرين الجديدة بالمنفذ، قدم خلالها مدير المنفذ، العقيد سالم العبادي، شرحاً عن الأجهزة الحديثة.",
    );
    const tour = x.events.find((e) => e.summary.includes("بالمنفذ"));
    expect(tour?.location?.startsWith("منفذ الكرامة")).toBe(true);
  });

  it("places a round of 'المستشفى' at the hospital named by its kind and its town", () => {
    const x = read(
      "الرباط - وام",
      "افتتحت وزيرة الصحة المغربية، سلمى العلوي، أمس جناحا لأمراض القلب في المستشفى الجامعي بمكناس.",
      "وجال الوفد بعد ذلك في أقسام المستشفى برفقة مديره الدكتور يوسف البناني.",
    );
    const round = x.events.find((e) => e.participants.includes("يوسف البناني"));
    expect(round?.location).toBe("المستشفى الجامعي بمكناس");
  });

  it("places an inspection of 'المستشفى', a visit with no visit word, at the hospital named before", () => {
    const x = read(
      "الرباط - وام",
      "افتتح وفد الهلال الأحمر المغربي، أمس، جناحا لطب الأطفال في مستشفى الأمل بمدينة مكناس.",
      "وبعد الافتتاح تفقد الوفد أقسام المستشفى برفقة مديره الدكتور يوسف البناني.",
    );
    const round = x.events.find((e) => e.type === "visit");
    expect(round?.location).toBe("مستشفى الأمل");
  });
});
