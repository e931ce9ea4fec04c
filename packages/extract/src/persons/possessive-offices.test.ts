import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office given by a pronoun pointing back to a body", () => {
  it("is the office of the company named before, its qualifier kept (رئيسها التنفيذي)", () => {
    const text = "توسعة مصنع\n\nأعلنت شركة الواحة للصناعات الغذائية توسيع مصنعها، ووقع العقد عن الجانب الأردني سامر عبد الكريم الزين، رئيسها التنفيذي.";
    expect(person(text, "سامر عبد الكريم الزين")?.role).toBe("الرئيس التنفيذي لشركة الواحة للصناعات الغذائية");
  });

  it("reads the ministry a director general serves (مديرها العام)", () => {
    const text = "زيارة ميدانية\n\nوقالت وزارة الزراعة إن مديرها العام ناصر فهد العلي سيزور المزرعة الأسبوع المقبل.";
    expect(person(text, "ناصر فهد العلي")?.role).toBe("المدير العام لوزارة الزراعة");
  });

  it("takes a masculine body for the pronoun ه (قائده)", () => {
    const text = "تخريج دفعة\n\nواحتفل الجيش الوطني بتخريج دفعة جديدة، وحضر الحفل قائده اللواء منير صالح البدري.";
    expect(person(text, "منير صالح البدري")).toMatchObject({ rank: "اللواء", role: "قائد الجيش الوطني" });
  });

  it("goes back from a company described by its nationality to the company the article named", () => {
    const text = "اتفاق طاقة\n\nوقعت شركة نجمة الصحراء للطاقة الشمسية اتفاقا مع الحكومة، ووقع عن الشركة الإماراتية خالد سعيد المري، رئيسها التنفيذي.";
    expect(person(text, "خالد سعيد المري")?.role).toBe("الرئيس التنفيذي لشركة نجمة الصحراء للطاقة الشمسية");
  });

  it("points past another body listed between to the company described by its nationality", () => {
    const text =
      "اتفاق طاقة\n\nوقعت الشركة الوطنية للمياه اتفاقا مع شركة نجمة الصحراء للطاقة الشمسية، ووقع عن الجانب المحلي منصور الهادي، المدير العام للشركة الوطنية للمياه، وعن الشركة الإماراتية خالد سعيد المري، رئيسها التنفيذي.";
    expect(person(text, "خالد سعيد المري")).toMatchObject({ role: "الرئيس التنفيذي لشركة نجمة الصحراء للطاقة الشمسية", country: "AE" });
  });

  it("says 'its commander' of the English body named before", () => {
    const text = "Navy opens new base\n\nThe minister toured the Eastern Naval Command, where he was briefed by its commander, Rear Admiral Tomas Varga.";
    expect(person(text, "Tomas Varga")?.role).toBe("commander of the Eastern Naval Command");
  });

  it("says 'with its commander' of the site the visit's object names, with the place it stands at", () => {
    const text = "Patrol base\n\nSUVA – On Monday, the envoy toured the Tonga Navy's patrol base at Masefield Point with its commander, Captain Sione Latu.";
    expect(person(text, "Sione Latu")?.role).toBe("commander of the Tonga Navy's patrol base at Masefield Point");
  });

  it("keeps a unit's ordinal, and gives its commander the state of the town it sits in", () => {
    const text =
      "Border patrols\n\nLIMA – The Peruvian minister and his Chilean guest visited the headquarters of the 4th Mountain Infantry Brigade in Arica, where its commander, Brigadier General Pablo Rojas, briefed them.";
    expect(person(text, "Pablo Rojas")).toMatchObject({ role: "commander of the 4th Mountain Infantry Brigade", country: "CL" });
  });
});

describe("Maghreb company heads and names after an office", () => {
  it("reads الرئيس المدير العام as one office", () => {
    const text = "موانئ\n\nوقال نبيل الطرابلسي، الرئيس المدير العام للديوان الوطني للموانئ، إن العمل متواصل.";
    expect(person(text, "نبيل الطرابلسي")?.role).toBe("الرئيس المدير العام للديوان الوطني للموانئ");
  });

  it("ends an office before a given name opening with ل", () => {
    const text = "توقيع\n\nجرى التوقيع بحضور وزيرة الصناعة والمناجم والطاقة ليلى العمري.";
    expect(person(text, "ليلى العمري")?.role).toBe("وزيرة الصناعة والمناجم والطاقة");
  });
});

describe("the state of an office given by a pronoun", () => {
  it("is the state printed after في right after the body it points to ('شرطة الحدود في كرواتيا … مديرها العام')", () => {
    const text = "تعاون حدودي\n\nالقاهرة - وكالات\n\nبحث قائد قوات حرس الحدود العميد مازن عوض الخوالدة، اليوم الثلاثاء، مع وفد من شرطة الحدود في كرواتيا يرأسه مديرها العام سامر خالد منصور، سبل تبادل الخبرات.";
    expect(person(text, "سامر خالد منصور")).toMatchObject({ role: "المدير العام لشرطة الحدود", country: "HR" });
    expect(person(text, "مازن عوض الخوالدة")?.country).toBe("EG");
  });
});

describe("an office given by a pronoun, held for one side of a joint body", () => {
  it("keeps the side after من in the office", () => {
    const text = "زيارة\n\nوزار الوزيران مقر قيادة القوات المشتركة الأردنية المصرية، حيث استقبلهما قائدها من الجانب المصري، اللواء الركن حازم فؤاد الشناوي.";
    expect(person(text, "حازم فؤاد الشناوي")?.role).toBe("قائد قيادة القوات المشتركة الأردنية المصرية من الجانب المصري");
  });
});

describe("'where its' after a site and a short apposition of where it lies", () => {
  it("rebuilds the office with the site named before the apposition", () => {
    const x = extractArticle({ text: "Port visit\n\nOn Monday he visited the naval base at Kribi, on the island's west coast, where its commander, Commander Paul Essomba, showed him new boats." });
    expect(x.persons.find((p) => p.name === "Paul Essomba")?.role).toBe("commander of the naval base at Kribi");
  });
});

describe("a pronoun's office in a part of a body named with the lam of belonging", () => {
  it("is held in the part, its command's noun and the body after it (قيادة السرب البحري للقوات …، قائدها)", () => {
    const text = "زيارة\n\nوزار الوزير مساء أمس قيادة السرب البحري للقوات المسلحة المالطية، حيث رافقه قائدها المقدم البحري سامر فريد حداد في جولة على الزوارق.";
    expect(person(text, "سامر فريد حداد")?.role).toBe("قائد قيادة السرب البحري للقوات المسلحة المالطية");
  });

  it("is not held in the area after في or ب that says where the body stands", () => {
    const text = "زيارة\n\nوزار الوزير مساء أمس قيادة السرب البحري للقوات المسلحة المالطية في المرفأ الكبير بمنطقة فلوريانا، حيث رافقه قائدها المقدم البحري سامر فريد حداد في جولة على الزوارق.";
    expect(person(text, "سامر فريد حداد")?.role).toBe("قائد قيادة السرب البحري للقوات المسلحة المالطية");
  });
});

describe("an office given by a pronoun pointing back to a site visited in its sentence", () => {
  it("is held at a site named by its noun and an adjective of its kind, with no town after it", () => {
    const text = "زيارة\n\nالرباط - وكان الوزير قد زار أمس المتحف البحري المطل على الميناء، حيث رافقته مديرته الدكتورة سلوى أحمد العلوي في جولة على القاعات.";
    expect(person(text, "سلوى أحمد العلوي")?.role).toBe("مديرة المتحف البحري");
  });
  it("makes the imam of a mosque named before (إمامه)", () => {
    const text = "زيارة\n\nالرباط - وكان الوفد قد زار أمس مسجد الحسن، أقدم مساجد المدينة، حيث استقبله إمامه الشيخ أحمد صالح الشريف.";
    expect(person(text, "أحمد صالح الشريف")?.role).toBe("إمام مسجد الحسن");
  });
});
