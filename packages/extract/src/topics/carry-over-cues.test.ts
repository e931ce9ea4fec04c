import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("cue words in the forms news prints them", () => {
  it("reads terrorists, jihadists and extremists in the plural and as adjectives", () => {
    expect(topics("The ministers said the new post would stop terrorists from crossing the river.")).toContain("counter-terrorism");
    expect(topics("Officials fear jihadist fighters will move south before the rains.")).toContain("counter-terrorism");
    expect(topics("وقال الوزير إن قواته أحبطت مخططا للمتطرفين في المدينة.")).toContain("counter-terrorism");
    expect(topics("أعلنت الشرطة تفكيك خلية تابعة لإحدى التنظيمات الإرهابية.")).toContain("counter-terrorism");
  });

  it("reads border villages, a border crossing and river patrols as border security", () => {
    expect(topics("انتشرت وحدات الجيش في القرى الحدودية بعد أسبوع من التوتر.")).toContain("border-security");
    expect(topics("عبر الوفد إلى الضفة الأخرى من المعبر الحدودي صباح اليوم.")).toContain("border-security");
    expect(topics("The two police forces will run river patrols from next month.")).toContain("border-security");
  });

  it("reads a joint force of two states and their joint military committee as military cooperation", () => {
    expect(topics("اتفق البلدان على نشر قوة مشتركة على طول الطريق الرابط بين المدينتين.")).toContain("military-cooperation");
    expect(topics("The joint military committee of the two countries will meet in March.")).toContain("military-cooperation");
  });

  it("reads a UN interim force and insecurity as regional stability", () => {
    expect(topics("زار القائد مقر اليونيفيل في الجنوب وبحث معه خطة الانتشار.")).toContain("regional-stability");
    expect(topics("أبدت المنظمة قلقها من انعدام الأمن على طرق القوافل.")).toContain("regional-stability");
  });

  it("reads data exchanged between services as intelligence sharing", () => {
    expect(topics("اتفق الجهازان على تبادل بيانات المسافرين المشبوهين عبر المطارات.")).toContain("intelligence-sharing");
    expect(topics("The pact provides for the sharing of information on wanted suspects.")).toContain("intelligence-sharing");
  });

  it("reads investments and a joint venture as the economy, not a port's management", () => {
    expect(topics("وقعت الشركتان اتفاقية لإنشاء مصنع للأسمدة باستثمارات تبلغ مليار دولار.")).toContain("economy");
    expect(topics("The two firms formed a joint venture to build a cement works.")).toContain("economy");
    expect(topics("أقيل مدير إدارة واستثمار المرفأ بعد تحقيق في الصفقات.")).not.toContain("economy");
  });
});

describe("information shared on boats, from a base of a state's armed forces, is maritime security", () => {
  it("counts Arabic boats as words of the sea", () => {
    expect(topics("وسيعمل الضباط في الغرفة على مدار الساعة لتبادل المعلومات عن مواقع القوارب التي تطلب النجدة.")).not.toContain("intelligence-sharing");
  });

  it("does not take a state's armed forces for armed men", () => {
    const text = "وقال بيان للقوات المسلحة إن الضباط سيعملون في الغرفة لتبادل المعلومات عن حركة السفن في المضيق.";
    expect(topics(text)).not.toContain("intelligence-sharing");
    expect(topics("وقال بيان للجيش إن الغرفة أنشئت لتبادل المعلومات عن المسلحين الذين يعبرون بالسفن.")).toContain("intelligence-sharing");
  });
});

describe("information passed or shared, and a clause of its own for the sea", () => {
  it("reads information passed or shared as intelligence sharing", () => {
    expect(topics("Customs officers passed information to the police about a van carrying stolen goods.")).toContain("intelligence-sharing");
    expect(topics("وتعهد الجهازان بتقاسم المعلومات عن المطلوبين.")).toContain("intelligence-sharing");
  });

  it("keeps information exchanged in one clause apart from boats named in the next", () => {
    expect(topics("The two police forces will exchange information in real time, and boats of the navy will patrol the lake.")).toContain("intelligence-sharing");
    expect(topics("The two navies will exchange information on boats fishing in the bay.")).not.toContain("intelligence-sharing");
  });
});
