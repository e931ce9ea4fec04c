import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("an office at a site said again by its noun", () => {
  it("rebuilds the office with the port named before and gives the port's state", () => {
    expect(read("وزار الوفد الإسباني لاحقا ميناء الحسيمة، حيث قدم له مدير الميناء، كريم العلوي، شروحات حول المراقبة.")).toEqual([
      { name: "كريم العلوي", role: "مدير ميناء الحسيمة", country: "MA" },
    ]);
  });

  it("takes a site's own name of bare words closed by a comma", () => {
    expect(read("وتوجه الوزير إلى معبر وادي سرحان، حيث استقبله مدير المعبر، ماهر سليم الحديد، في مكتبه.")[0]?.role).toBe("مدير معبر وادي سرحان");
  });
});

describe("an office at an area said again by its noun", () => {
  it("rebuilds the office with the adjective and the town the area was named with", () => {
    expect(read("وتفقد الوفد المصري أمس المنطقة الصناعية في إربد، حيث كان في استقباله مدير المنطقة، نبيل الزعبي، الذي عرض الحوافز المقدمة للمستثمرين.")).toEqual([
      { name: "نبيل الزعبي", role: "مدير المنطقة الصناعية في إربد", country: "JO" },
    ]);
  });
});

describe("the Maghreb secretary of state", () => {
  it("reads كاتب الدولة as an office before a name", () => {
    expect(read("وقاد الوفد الإسباني كاتب الدولة للأمن، خوسيه رامون ألفاريث، مرفوقا بمسؤولين.")[0]).toEqual({ name: "خوسيه رامون ألفاريث", role: "كاتب الدولة للأمن", country: "ES" });
  });
});

describe("an office at a named gate, works or body said again by its noun", () => {
  it("leaves a trailing adjective of kind out of the crossing's name", () => {
    expect(read("وتفقد الوزير منفذ وادي العين الحدودي برفقة مدير المنفذ، سالم حمدان الزبيدي، الذي شرح له الإجراءات.")[0]?.role).toBe("مدير منفذ وادي العين");
  });

  it("rebuilds the office with a gate named before a preposition", () => {
    expect(read("ووصل وفد قدم من بوابة كارمن على الضفة الأخرى، برئاسة مدير البوابة، هاكان يلدز.")[0]?.role).toBe("مدير بوابة كارمن");
  });

  it("rebuilds it with a committee the organizations read, however far before", () => {
    const text = `وعرض الوزير التقرير أمام لجنة الدفاع والأمن بالمجلس الوطني يوم الأحد.${" وتابع الحضور النقاش طويلا حول الميزانية.".repeat(12)}\nمن جهته، دعا رئيس اللجنة عمر سعيد الهاشمي إلى تسريع الإصلاح.`;
    expect(read(text).find((p) => p.name === "عمر سعيد الهاشمي")?.role).toBe("رئيس لجنة الدفاع والأمن");
  });

  it("prints the office's ل again before the body's name", () => {
    expect(read("وتنظم منظمة التعاون البحري الإقليمي مناورات في الخريف. وحضر الاجتماع نائب الأمين العام للمنظمة، بيتر سوكولوف، ممثلا عنها.")[0]?.role).toBe("نائب الأمين العام لمنظمة التعاون البحري الإقليمي");
  });

  it("keeps a spokesman's body said again as printed", () => {
    expect(read("وأصدرت لجنة الإغاثة العليا بيانا أمس. وقال المتحدث باسم اللجنة، ياسر عمر الحلبي، إن القوافل وصلت.")[0]?.role).toBe("المتحدث باسم اللجنة");
  });
});

describe("a site or service said again far back, after a preposition, or by a pronoun", () => {
  const filler = " وتابع الحضور عرضا مفصلا عن خطط التطوير.".repeat(14);

  it("rebuilds the office with a site named paragraphs before by a town the gazetteer knows", () => {
    const text = `وافتتح الوزير صالة جديدة في مطار سبها الدولي صباح الخميس.${filler}\nورافق الوفد مدير المطار، العقيد مراد سالم الفيتوري، في جولته.`;
    expect(read(text).find((p) => p.name === "مراد سالم الفيتوري")).toEqual({ name: "مراد سالم الفيتوري", role: "مدير مطار سبها", country: "LY" });
  });

  it("gives the state of the place the site stands in before that of the town it is named after", () => {
    const text = `وتفقد الوزير معبر القامشلي الحدودي جنوبي ولاية ماردين أمس.${filler}\nورافقه مدير المعبر، أوزان تكين، في الجولة.`;
    expect(read(text).find((p) => p.name === "أوزان تكين")?.country).toBe("TR");
  });

  it("prints the office's ب again before a service named in the sentence, its nationality kept", () => {
    expect(read("ونظمت مصلحة المناجم الموريتانية زيارة للموقع برفقة الباحث بالمصلحة، الدكتور أحمدو سالم ولد بياه.")[0]).toEqual({
      name: "أحمدو سالم ولد بياه",
      role: "الباحث بمصلحة المناجم الموريتانية",
      country: "MR",
    });
  });

  it("reads an office with a pronoun as held at the site named before it in the sentence", () => {
    expect(read("وزار الوفد مستشفى كسلا التعليمي، واستمع من مديره، الدكتور عمر حامد الطيب، إلى حاجات المرضى.")[0]?.role).toBe("مدير مستشفى كسلا");
  });

  it("reads an office with a pronoun as held at the dam's reservoir (خزان) named before it", () => {
    expect(read("وتفقد الوزير خزان سنار، حيث شرح له مديره المهندس صلاح آدم النور خطة الصيانة.")[0]?.role).toBe("مدير خزان سنار");
  });

  it("rebuilds an observatory's office said again by its noun, past the holder's occupation", () => {
    expect(read("وجال الوفد في مرصد نجمة الصحراء، حيث رحب به مدير المرصد المهندس سامي يوسف الزعبي.")[0]?.role).toBe("مدير مرصد نجمة الصحراء");
    expect(read("وجال الوفد في مرصد نجمة الصحراء، حيث رحب به مدير المرصد الباحث سامي يوسف الزعبي.")[0]?.role).toBe("مدير مرصد نجمة الصحراء");
  });

  it("reads it at the site whose noun is printed again right before the office", () => {
    const text = `وقعت إدارة ميناء بورتسودان عقدا لتوسيع الأرصفة.${filler}\nووقع عن الميناء مديره العام، المهندس ياسر عثمان دفع الله، وعن الشركة مديرها.`;
    expect(read(text).find((p) => p.name === "ياسر عثمان دفع الله")?.role).toBe("المدير العام لميناء بورتسودان");
  });

  it("reads an office with a pronoun at a site first named by its noun with the article, its kind and its town", () => {
    const text = "وافتتح الوزير الجناح الجديد في المستشفى المركزي بكسلا، ثم جال الوفد في أقسام المستشفى برفقة مديره الدكتور عمر حامد الطيب.";
    expect(read(text).find((p) => p.name === "عمر حامد الطيب")?.role).toBe("مدير المستشفى المركزي بكسلا");
  });
  it("rebuilds an office said again by a site of ruins, an area or a dock, up to where or whose the site is", () => {
    expect(read("وزار الوفد موقع تل العاقر الأثري في محافظة نينوى، وتجول فيه برفقة مدير الموقع الدكتور سامي يوسف الزعبي.")[0]?.role).toBe("مدير موقع تل العاقر");
    expect(read("وزار الوفد منطقة وادي السهوة الأثرية شمال العاصمة، واستمع من مدير المنطقة سامي يوسف الزعبي إلى شرح.")[0]?.role).toBe("مدير منطقة وادي السهوة");
    expect(read("وتجول الوفد في حوض مارينو التابع لشركة بناء السفن برفقة مديره المهندس سامي يوسف الزعبي.")[0]?.role).toBe("مدير حوض مارينو");
  });
});
