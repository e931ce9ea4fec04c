import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("choosing the place of an event", () => {
  it("keeps the town a visited body stands in, though a purpose is part of the body's name", () => {
    const x = extractArticle({
      text: "وزير الدفاع الأردني في ماليزيا\n\nكوالالمبور - زار وزير الدفاع الأردني اللواء سامر خليل العبادي أمس المؤسسة الماليزية لتطوير الصناعات الدفاعية في مدينة بينانغ، واطلع على خطوط الإنتاج.\n",
    });
    expect(x.events.find((e) => e.type === "visit")?.location).toBe("بينانغ");
  });

  it("places a drill told after a visit where its own sentence says, not at the port visited", () => {
    const x = extractArticle({
      text: "زيارة بحرية\n\nزار قائد البحرية العمانية اللواء البحري سالم حمد الريامي أمس ميناء بيرايوس، حيث اطلع على منشآت الميناء.\n\nويوم السبت الماضي، نفذت الفرقاطة العمانية «صلالة» والفرقاطة اليونانية «هيدرا» تمرينا مشتركا قبالة جزيرة كريت.\n",
    });
    const drill = x.events.find((e) => e.type === "other");
    expect(drill?.location).toBe("جزيرة كريت");
  });

  it("holds no welcome in a canal a ship passed through on her way", () => {
    const x = extractArticle({
      text: "وصول سفينة\n\nالتقى قائد البحرية الألمانية الأميرال مارتن كلاين اليوم نظيره الأردني العميد البحري عمر سالم الحديد في مدينة كيل.\n\nواستقبل كلاين ضيفه عند رصيف القاعدة، حيث رست السفينة الأردنية صباح اليوم بعد رحلة عبر قناة بنما والمحيط الأطلسي.\n",
    });
    expect(x.events.map((e) => e.location)).not.toContain("قناة بنما");
  });

  it("tours the site of an opening told just before when its own sentence names no place", () => {
    const x = extractArticle({
      text: "New clinic opens\n\nMalawi's Health Minister, Grace Banda, and Ireland's Minister of State, Ciaran Doyle, on Friday opened a rural clinic built with Irish funding at Mzuzu.\n\nAfter the opening, the clinic's head nurse, Esther Phiri, toured the wards with officials of the district council.\n",
    });
    const tour = x.events.filter((e) => e.type === "visit").at(-1);
    expect(tour?.location).toBe("Mzuzu");
  });

  it("holds no signing where the memorandum's terms are to be carried out", () => {
    const x = extractArticle({
      text: "توقيع مذكرة\n\nتونس - وقع وزير الثقافة التونسي محمد علي الشابي ونظيره المغربي يوسف أحمد بنعلي اليوم مذكرة تفاهم للتعاون في مجال الآثار، تتضمن تنظيم معرض مشترك في مراكش العام المقبل.\n",
    });
    expect(x.events.find((e) => e.type === "agreement")?.location).not.toBe("مراكش");
  });

  it("takes no state a body serves in as the place of talks with its delegation", () => {
    const x = extractArticle({
      text: "مباحثات حدودية\n\nالرباط 3 أيار - بحث مدير الأمن الوطني المغربي عبد الكريم سالم الوزاني، اليوم، مع وفد من شرطة الحدود في جمهورية مالي يرأسه مديرها العام موسى كوناتي، سبل مكافحة التهريب.\n",
    });
    expect(x.events.find((e) => e.type === "meeting")?.location).not.toBe("مالي");
  });
});

describe("a seat named by a bare noun of its body, in a named site", () => {
  it("gives way to the site ('في مقر الوزارة بثكنة X')", () => {
    const x = extractArticle({
      text: ["وزيرا الدفاع يبحثان التعاون", "سانتا لوسيرا (وكالة) - عقد وزير الدفاع السوراني سامي الهاشمي اليوم جلسة مباحثات مع وزير الدفاع الفالداني ماركو بيانكي في مقر الوزارة بقلعة سان جورجو في العاصمة سانتا لوسيرا."].join("\n\n"),
      publishedHint: "2031-05-14",
    }).events;
    expect(x.find((e) => e.type === "meeting")?.location).toBe("قلعة سان جورجو");
  });
});
