import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const datesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.date);

describe("a happening set before or after an occasion told earlier", () => {
  it("dates talks held 'قبل التوقيع' on the signing's day, though told as backstory", () => {
    const x = extractArticle({
      text: "البرتغال وغانا توقعان اتفاقية أمنية\n\nلشبونة 14 مايو 2027 (لوسا) - وقع وزير الداخلية البرتغالي جواو ماتوس ونظيره الغاني كوفي منساه اليوم اتفاقية للتعاون الأمني.\n\nوكان ماتوس قد عقد مع الوزير منساه، قبل التوقيع، جلسة مباحثات رسمية بمقر وزارة الداخلية.\n",
    });
    expect(datesOf(x, "meeting")).toEqual(["2027-05-14"]);
  });

  it("dates a meeting held 'وعقب عملية …' on the day of the operation told before", () => {
    const x = extractArticle({
      text: "خفر السواحل يضبط قاربا\n\nصفاقس، 3 أبريل 2027 (وات) - ضبطت وحدات من خفر السواحل فجر اليوم السبت قاربا محملا بالوقود المهرب قبالة ميناء الصخيرة.\n\nوعقب عملية الضبط، التقى والي صفاقس، منير بن صالح، بمكتبه قائد الحرس البحري العقيد هشام الزواري.\n",
    });
    expect(datesOf(x, "meeting")).toEqual(["2027-04-03"]);
  });

  it("leaves a meeting undated when nothing it is set after was dated", () => {
    const x = extractArticle({
      text: "لقاء في صفاقس\n\nصفاقس (وات) - وعقب عملية الضبط، التقى والي صفاقس، منير بن صالح، بمكتبه قائد الحرس البحري العقيد هشام الزواري.\n",
    });
    expect(datesOf(x, "meeting")).toEqual([null]);
  });

  it("dates talks 'على هامش المؤتمر' on the day the conference told before opened", () => {
    const x = extractArticle({
      text: "مؤتمر لأمن الموانئ في بنما\n\nبنما - (وكالات) - افتتح وزير الأمن البنمي، كارلوس ريفيرا، اليوم الثلاثاء 8 يونيو 2027، أعمال المؤتمر الإقليمي لأمن الموانئ بمشاركة وفود من دول أمريكا الوسطى.\n\nودعا ريفيرا في كلمته إلى إنشاء شبكة لتبادل بيانات السفن بين موانئ المنطقة.\n\nوقالت وزيرة الأمن الكوستاريكية، ماريا سولانو، إن بلادها مستعدة لاستضافة الدورة المقبلة.\n\nوأضافت سولانو أن التهريب عبر الحاويات تضاعف خلال العامين الماضيين.\n\nوعلى هامش المؤتمر، عقدت سولانو لقاء ثنائيا مع قائد خفر السواحل الهندوراسي، الأدميرال خوسيه ميخيا، بحثا خلاله تنظيم دوريات مشتركة.\n",
    });
    expect(datesOf(x, "meeting")).toEqual(["2027-06-08"]);
  });

  it("places talks 'وعقب المراسم' and a signing 'في ختام المباحثات' where the welcome told before was held", () => {
    const x = extractArticle({
      text: "وزير الدفاع البولندي يبحث مع نظيره الكيني التعاون العسكري\n\nاستقبل وزير الدفاع البولندي ماريك نوفاك، الخميس، نظيره الكيني جوزيف أوتينو بمراسم عسكرية رسمية في مقر الوزارة بالعاصمة وارسو.\n\nوعقب المراسم، عقد الوزيران اجتماعا ثنائيا تلاه اجتماع موسع بين وفدي البلدين، بحضور رئيس الأركان العامة البولندي الجنرال توماش ليفاندوفسكي.\n\nوقال نوفاك إن بلاده تنظر إلى كينيا بوصفها شريكا مهما في شرق أفريقيا.\n\nووقع الجانبان في ختام المباحثات خطة للتعاون العسكري بين البلدين لعام 2028.\n\nوفي وقت لاحق، زار الوزير الكيني متحف الجيش قبل أن يتوجه إلى كراكوف.\n",
    });
    const placeOf = (type: string) => x.events.filter((e) => e.type === type && e.evidence?.text.includes(type === "meeting" ? "المراسم" : "ختام")).map((e) => e.location);
    expect(placeOf("meeting")).toEqual(["وارسو"]);
    expect(placeOf("agreement")).toEqual(["وارسو"]);
  });
});
