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
    // The ministry's seat where the welcome was held is its venue (src/places/public-seats.ts).
    expect(placeOf("meeting")).toEqual(["مقر الوزارة"]);
    expect(placeOf("agreement")).toEqual(["مقر الوزارة"]);
  });
});

describe("a happening set after an opening, a drill or a launch told earlier", () => {
  it("dates a tour 'وبعد الافتتاح' on the day the opening was told, though that sentence read another family", () => {
    const x = extractArticle({
      text: "جمعية خيرية تفتتح عيادة في نيامي\n\nالخميس ١٤ مارس ٢٠٢٨\n\nالدوحة - ١٤ - ٣ (قنا) -- افتتح وفد جمعية قطر الخيرية برئاسة الدكتور سالم جابر المري، أمس الأول عيادة لطب الأسنان في مستشفى الصداقة بالعاصمة نيامي، بتمويل قطري.\n\nوبعد الافتتاح تفقد الوفد أقسام المستشفى برفقة مديره الدكتور إبراهيم موسى، الذي عرض حاجة المستشفى إلى الأجهزة.\n",
    });
    expect(datesOf(x, "visit")).toEqual(["2028-03-12"]);
  });

  it("takes the occasion's day over a day word of a clause about something else ('…، حيث … الذي يستغرق اليوم ساعات')", () => {
    const x = extractArticle({
      text: "تونس والجزائر توقعان اتفاقا للنقل\n\nتونس 9 أكتوبر 2028 (وات) - وقع وزير النقل التونسي سامي الحداد ونظيره الجزائري كمال بوزيد أمس بمقر الوزارة اتفاقا لتنظيم النقل البري بين البلدين.\n\nوعقب التوقيع، زار الوزيران محطة الحافلات الدولية، حيث قدم لهما مديرها عرضا عن السفر الذي يستغرق اليوم ساعات طويلة.\n",
    });
    expect(datesOf(x, "visit")).toEqual(["2028-10-08"]);
  });

  it("dates English talks 'After the drill' and a meeting 'After the launch' on the day told before", () => {
    const a = extractArticle({
      text: "Ministers watch river drill\n\nRIGA, May 12 (LETA) – Latvian Defence Minister Ilze Ozola and her Estonian counterpart Mart Kask on Thursday watched troops from both countries practise a river crossing in exercise Steel Ford near Daugavpils.\n\nAfter the drill, the two ministers held talks in Daugavpils on air defence.\n\nOn Wednesday, Ozola visited a training base in Adazi.\n\nThe exercise ends in 2029 with a final phase.\n",
    });
    expect(datesOf(a, "meeting")).toContain(datesOf(a, "other")[0]);
    const b = extractArticle({
      text: "Measles campaign opens in Dangriga\n\nBy Staff Writer\n\nDecember 7, 2028\n\nHealth Minister Dr Rosa Pech launched the measles campaign on Tuesday at the St Mary's school in Dangriga, together with the district's medical officer Dr Paul Young.\n\nOn Saturday, 20,000 doses arrived at the airport in Belize City.\n\nAfter the launch, Pech met the mayor of Dangriga, Alvin Lopez, to plan a clean-up of drains.\n",
    });
    expect(datesOf(b, "meeting")).toEqual(["2028-12-05"]);
  });
});

describe("an occasion told again before what it came after", () => {
  it("leaves the day of the earlier happening to it ('The talks came days after … last Friday', 'وتأتي هذه المباحثات بعد أن …')", () => {
    const en = extractArticle({
      text: "Ghana, Togo discuss border\n\nMarch 9, 2027\n\nLOME (Reuters) - Ghana's Interior Minister Kofi Asante held talks with Togo's Security Minister Yao Mensah in Lome on border security, the ministry said.\n\nThe talks came days after a Togolese patrol boat, the Mono, rescued nine Ghanaian fishermen whose canoe was sinking off Aneho last Friday.\n",
    });
    expect(datesOf(en, "meeting")).toEqual([null]);
    const ar = extractArticle({
      text: "تونس والجزائر تبحثان التعاون\n\nالأحد 9 أكتوبر 2028\n\nتونس (وات) - بحث وزير الداخلية التونسي سامي الحداد مع نظيره الجزائري كمال بوزيد بمقر الوزارة تأمين الحدود.\n\nوتأتي هذه المباحثات بعد أن تمكنت وحدة من الحرس البحري، يوم الأربعاء الماضي، من إنقاذ ٤٠ مهاجرا قبالة سواحل طبرقة.\n",
    });
    expect(datesOf(ar, "meeting")).toEqual([null]);
  });
});
