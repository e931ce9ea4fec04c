import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("trade named in passing is half a cue of the economy", () => {
  it("does not make one mention of trade an economic story", () => {
    expect(topics("أغلقت السلطات المعبر الذي يمر منه معظم التجارة البرية بين البلدين بعد سقوط صاروخ قربه.")).not.toContain("economy");
    expect(topics("Police stopped a lorry on the old trade road north of the river and arrested its driver.")).not.toContain("economy");
    expect(topics("Fishermen said fuel prices kept their boats in port while the navy searched the bay.")).not.toContain("economy");
  });

  it("still reads a story of trade told twice as economic", () => {
    expect(topics("بحث الوزيران تنمية التجارة بين البلدين، واتفقا على معرض للتجارة في الربيع.")).toContain("economy");
  });
});

describe("regional stability from the vocabulary of tension between states", () => {
  const cases: [string, string][] = [
    ["a protest note", "سلمت الخارجية القائم بالأعمال مذكرة احتجاج على سقوط صاروخ داخل أراضيها."],
    ["mortar shells", "سقطت قذائف هاون على حقل قرب القرية الواقعة على ضفة النهر."],
    ["mediation", "عرضت الدولة الجارة وساطة بين الطرفين لاستئناف المحادثات."],
    ["an escalation", "حذر الأمين العام من التصعيد في الإقليم خلال الأسابيع الأخيرة."],
    ["air defences at work", "قال الجيش إن الدفاعات الجوية أسقطت طائرتين مسيرتين فوق المدينة."],
    ["a violated airspace", "أعلنت القيادة أن طائرة أجنبية اخترقت مجالها الجوي لمدة ثلاث دقائق."],
    ["a multinational force", "تتولى قوة متعددة الجنسيات حماية الطرق المؤدية إلى الميناء."],
    ["rivalry of great powers", "حذر الأكاديمي من تحول الجزر إلى ساحة تنافس بين القوى الكبرى."],
    ["respect of sovereignty", "دعت الوزيرة إلى احترام سيادة البلاد وعدم التدخل في شؤونها."],
    ["regional issues", "تناول اللقاء عددا من القضايا الإقليمية ذات الاهتمام المشترك."],
    ["the latest in the region", "استعرض الجانبان آخر المستجدات في منطقة البحيرات."],
    ["fighting across the river", "The mayor said the fighting across the river had closed the school for a week."],
    ["a pact said to militarise a sea", "The neighbour said the pact militarises the gulf and raised its alert."],
    ["rebels", "The army said rebels had taken two villages near the lake overnight."],
  ];
  for (const [what, text] of cases) {
    it(`reads ${what} as regional stability`, () => {
      expect(topics(text)).toContain("regional-stability");
    });
  }
});
