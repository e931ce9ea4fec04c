import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { buildDoc } from "../document";
import { storyShape } from "./story-shape";

// Every article below is written for these tests, not taken from a page.

const read = (...paragraphs: string[]) => extractArticle({ text: paragraphs.join("\n\n"), publishedHint: "2027-02-10" });

describe("the states a story is about", () => {
  it("leaves out a state named only in the closing paragraph's background", () => {
    const x = read(
      "تشيلي وبيرو تتفقان على دوريات بحرية مشتركة",
      "اتفقت تشيلي وبيرو اليوم الأربعاء في مدينة أريكا على تسيير دوريات بحرية مشتركة قبالة ساحليهما لمكافحة الصيد غير المشروع.",
      "وقال وزير الدفاع التشيلي خوليو أرانيدا إن الدوريات ستبدأ الشهر المقبل بمشاركة أربع سفن من كل جانب.",
      "وأضاف أن الجانبين سيتبادلان صور الأقمار الصناعية وبيانات الرادار الساحلي بشكل يومي.",
      "ويذكر أن بوليفيا لا تملك منفذا على البحر، وأن بوليفيا تستخدم موانئ البلدين في تجارتها الخارجية.",
    );
    expect(x.countries).toContain("CL");
    expect(x.countries).toContain("PE");
    expect(x.countries).not.toContain("BO");
  });

  // A navy chief's appointment; `lead` ends the first paragraph, `third` is the third.
  const navyChief = (lead: string, third: string) =>
    read(
      "Ghana names new navy chief",
      `ACCRA, Feb 10 - Ghana's president on Wednesday appointed Rear Admiral Kojo Asante-Mensah as chief of the naval staff, ${lead}.`,
      "Asante-Mensah, 54, commanded the navy's western fleet at Sekondi and led anti-piracy patrols in the Gulf of Guinea for three years.",
      third,
      "The navy has 14 patrol vessels and plans to add four more by 2030, officials said.",
    ).countries;

  it("leaves out a state named twice further down but never in the lead", () => {
    const countries = navyChief("the presidency said in a statement", "He studied at a naval staff college in India and later taught tactics in India for two years as an exchange officer.");
    expect(countries).toContain("GH");
    expect(countries).not.toContain("IN");
  });

  it("keeps a state named twice when one of the names is in the lead", () => {
    expect(navyChief("days after a joint patrol with Togo ended", "He will meet navy officers from Togo next month to plan a second joint patrol, the presidency said.")).toContain("TG");
  });

  it("reads a piece of two paragraphs as all lead", () => {
    const text = ["Ghana names new navy chief", "First paragraph of the story with more than eight words in it.", "Second paragraph of the story, also with more than eight words."].join("\n\n");
    expect(storyShape(buildDoc(text, "en").lines, 0)).toEqual({ leadEnd: Infinity, closingStart: Infinity });
  });
});

describe("a person first named below the lead", () => {
  it("does not bring in his state when he is named only in the backstory", () => {
    const x = read(
      "ناميبيا وبوتسوانا تفتتحان مركزا حدوديا مشتركا",
      "ويندهوك - افتتحت ناميبيا وبوتسوانا اليوم الأربعاء مركزا حدوديا مشتركا في موهيمبو لتسريع التجارة ومكافحة تهريب المواشي، بحسب بيان مشترك للحكومتين.",
      "وحضر الافتتاح وزير الداخلية الناميبي سلمى نغيدينوا ووزير الدفاع البوتسواني كابيلو موثيبي قبل جولة في قاعة الجمارك الجديدة.",
      "وسيعمل في المركز على مدار الساعة عناصر من الشرطة والجيش من الجانبين، وستفحص الشاحنات مرة واحدة فقط.",
      "وكان وزير التجارة الزامبي روث باندا قد طالب العام الماضي بفتح المركز لأن الشاحنات الزامبية تنتظر أياما عند الحدود.",
    );
    expect(x.persons.map((p) => p.country)).toContain("ZM");
    expect(x.countries).toEqual(expect.arrayContaining(["NA", "BW"]));
    expect(x.countries).not.toContain("ZM");
  });

  it("still brings in the state of a person named in the lead", () => {
    const x = read(
      "Namibia and Botswana open joint border post",
      "WINDHOEK, Feb 10 - Namibia and Botswana on Wednesday opened a joint border post at Mohembo to speed up trade and fight cattle smuggling, the two governments said.",
      "Zambia's trade minister Ruth Mwanza Banda watched the ceremony and said Zambian hauliers would gain from the shorter queues.",
      "The post will be staffed around the clock by police and soldiers from both sides, and trucks will be checked only once.",
      "Officials said trade through the post could double within two years.",
    );
    expect(x.countries).toContain("ZM");
  });
});
