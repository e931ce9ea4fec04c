import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-10" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("kinds of happening news tells often", () => {
  it("reads an evacuation of villagers", () => {
    const x = read("فيضانات", "", "أجلت السلطات البيروفية أمس نحو ألفي قروي من ضفاف نهر أوكايالي.");
    expect(others(x)).toHaveLength(1);
  });

  it("reads shells falling, but not a bridge falling", () => {
    expect(others(read("حدود", "", "سقطت قذائف مدفعية أمس على مزارع قرب بلدة حدودية في الشمال."))).toHaveLength(1);
    expect(others(read("جسر", "", "سقط الجسر القديم أمس بعد أيام من الأمطار."))).toHaveLength(0);
  });

  it("reads an airspace violation", () => {
    const x = read("أجواء", "", "اخترقت طائرة مسيرة المجال الجوي الإستوني مساء الأحد لمدة ثلاث دقائق.");
    expect(others(x)).toHaveLength(1);
  });

  it("reads an armed group taking positions, not a government in control of a crisis", () => {
    expect(others(read("معارك", "", "أعلنت جماعة مسلحة أمس سيطرتها على موقعين للجيش في الجنوب."))).toHaveLength(1);
    expect(others(read("أزمة", "", "أكدت الحكومة أمس سيطرتها على الوضع في العاصمة."))).toHaveLength(0);
  });

  it("reads a surveillance flight and an appointment", () => {
    expect(others(read("استطلاع", "", "حلقت طائرة استطلاع أجنبية أمس قبالة الساحل الشرقي."))).toHaveLength(1);
    expect(others(read("New chief", "", "The cabinet on Monday appointed General Tomas Varga chief of the air force."))).toHaveLength(1);
  });

  it("reads no seizure in a call to restrain one's own forces", () => {
    const x = read("دعوة", "", "وطالب الوزير سمير حداد أمس الحكومة المجاورة بضبط قواتها على طول النهر.");
    expect(others(x)).toHaveLength(0);
  });
});

describe("a visit planned", () => {
  it("is no visit, though the sentence names the trip it is part of", () => {
    const x = read("Arctic", "", "Senator Dana Whitcombe, on her second trip to the region, is due to visit a radar station in Alaska on Friday.");
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(0);
  });

  it("leaves a journey made in the same sentence", () => {
    const x = read("Arctic", "", "Senator Dana Whitcombe arrived in Anchorage on Monday and will visit a radar station on Friday.");
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(1);
  });
});

describe("an agreement of an earlier year told as a backdrop", () => {
  it("is undated, takes no place from the sentence before and names the states of its clause", () => {
    const x = read(
      "زيارة",
      "",
      "وقع وزير الدفاع الكيني ديفيد موانغي ونظيره التنزاني سالم حمدان اليوم في نيروبي مذكرة تفاهم للتدريب.",
      "وقتل خمسة جنود الأحد الماضي في هجوم على ثكنة في مدينة كيسمايو.",
      "وتثير العلاقات بين البلدين قلق الجيران، خاصة بعد أن وقعت كينيا وتنزانيا والمغرب عام 2021 اتفاقا أمنيا.",
    );
    const deals = x.events.filter((e) => e.type === "agreement");
    expect(deals).toHaveLength(2);
    const deal = deals.find((e) => !e.participants.length);
    expect(deal?.date).toBeNull();
    expect(deal?.location).toBeNull();
    expect(deal?.countries).toEqual(expect.arrayContaining(["KE", "TZ", "MA"]));
  });
});
