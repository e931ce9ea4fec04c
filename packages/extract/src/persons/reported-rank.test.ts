import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("the rank reported for a person", () => {
  it("leaves out forms of address and civil posts, which still anchor the name", () => {
    const x = extractArticle({
      text: "استقبال\n\nاستقبل الفريق الركن سالم خالد العنزي سعادة السيدة ماري كلير دوبون سفيرة فرنسا، والدكتور أحمد علي الزين، والقاضية هدى سامي الأيوبي رئيسة المحكمة.",
    });
    const rank = (n: string) => x.persons.find((p) => p.name === n)?.rank;
    expect(rank("ماري كلير دوبون")).toBeNull();
    expect(rank("هدى سامي الأيوبي")).toBeNull();
    expect(rank("سالم خالد العنزي")).toBe("الفريق الركن");
    expect(rank("أحمد علي الزين")).toBe("الدكتور");
  });
});

describe("a sheikh addressed with سعادة", () => {
  it("has no rank, while الشيخ alone is still reported", () => {
    const x = extractArticle({
      text: "مباحثات\n\nبحث سعادة الشيخ راشد بن حمد بن سالم آل نوري وزير الدولة للشؤون الخارجية مع وزير الدفاع الشيخ سلمان خالد العبدان سبل التعاون.",
    });
    const rank = (n: string) => x.persons.find((p) => p.name === n)?.rank;
    expect(rank("راشد بن حمد بن سالم آل نوري")).toBeNull();
    expect(rank("سلمان خالد العبدان")).toBe("الشيخ");
  });
});

describe("the style of a ruling house and the civil الأستاذ", () => {
  it("reports the rank before سمو and the title after it, and no rank for الأستاذ alone", () => {
    const x = extractArticle({
      text: "زيارة\n\nاستقبل الفريق سمو الشيخ حمدان بن راشد آل صقر نائب رئيس الوزراء سمو الشيخ منصور بن خليفة آل صقر وزير الخارجية، بحضور الأستاذ كمال عوض الطاهر محافظ الإقليم والأستاذ الدكتور سامي رفعت النجار مدير الجامعة.",
    });
    const rank = (n: string) => x.persons.find((p) => p.name === n)?.rank;
    expect(rank("حمدان بن راشد آل صقر")).toBe("الفريق");
    expect(rank("منصور بن خليفة آل صقر")).toBe("الشيخ");
    expect(rank("كمال عوض الطاهر")).toBeNull();
    expect(rank("سامي رفعت النجار")).toBe("الأستاذ الدكتور");
  });
});

describe("His Excellency abbreviated in English", () => {
  it("is a form of address, no rank, and still anchors the name", () => {
    const x = extractArticle({ text: "Reception\n\nThe Ghanaian ambassador in Lome, H.E. Kwesi Owusu, was present, as was Sir Kobby Mensah." });
    expect(x.persons.find((p) => p.name === "Kwesi Owusu")?.rank).toBeNull();
    expect(x.persons.find((p) => p.name === "Kobby Mensah")?.rank).toBeNull();
  });
});

describe("a formula of address joined by و to the name before", () => {
  it("is left out of the rank as it is at the head of a sentence", () => {
    const x = extractArticle({
      text: "تهنئة\n\nالرياض - بعث الملك سلمان بن عبدالعزيز آل سعود، وصاحب السمو الملكي الأمير خالد بن ماجد بن سلطان ولي العهد رئيس مجلس الوزراء، برقيتي تهنئة.",
    });
    expect(x.persons.find((p) => p.name === "خالد بن ماجد بن سلطان")?.rank).toBeNull();
  });
});

describe("English honours", () => {
  it("are no ranks: Lord and Sir anchor the name but are not reported, Governor-General is the office", () => {
    const x = extractArticle({
      text: "Minister visits island\n\nKINGSTOWN - Lord Percival Ashdown met Governor-General Sir Alwyn Trotman at Government House on Monday. Lord Ashdown also met Dame Ivy Clarke.",
    });
    const person = (n: string) => x.persons.find((p) => p.name === n);
    expect(person("Percival Ashdown")?.rank).toBeNull();
    expect(person("Alwyn Trotman")?.rank).toBeNull();
    expect(person("Alwyn Trotman")?.role).toBe("Governor-General");
  });
});

describe("a professor's title", () => {
  it("is reported as the rank, as الدكتور is", () => {
    const x = extractArticle({
      text: "لقاء\n\nالقاهرة - التقى الوزير رئيسة قسم الأدب الفرنسي في جامعة القاهرة، البروفيسورة منى سامي عادل، في حرم الجامعة. وقال البروفيسور سامي عادل الحلبي إن البحث مهم.",
    });
    const rank = (n: string) => x.persons.find((p) => p.name === n)?.rank;
    expect(rank("منى سامي عادل")).toBe("البروفيسورة");
    expect(rank("سامي عادل الحلبي")).toBe("البروفيسور");
  });
});

describe("الشيخ after a cleric's office", () => {
  it("is how the cleric is addressed, no rank, while a minister's الشيخ stays", () => {
    const x = extractArticle({
      text: "افتتاح\n\nبنوم بنه - افتتح الوزير المسجد بمشاركة مفتي البلاد الشيخ سليمان أحمد يوسف. وفي الكويت استقبل وزير الدفاع الشيخ سالم عبدالله الصباح الوفد.",
    });
    const rank = (n: string) => x.persons.find((p) => p.name === n)?.rank;
    expect(rank("سليمان أحمد يوسف")).toBeNull();
    expect(rank("سالم عبدالله الصباح")).toBe("الشيخ");
  });
});
