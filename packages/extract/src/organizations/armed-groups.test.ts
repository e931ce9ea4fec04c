import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => [o.name, o.country]);

describe("armed groups and bodies named with a generic adjective", () => {
  it("reads tribal and popular forces, the prosecution, civil defence and the national assembly", () => {
    const names = orgs("عنوان\nبغداد - دعا النائب كريم الساعدي إلى إشراك الحشد العشائري في حماية الحدود، فيما قالت النيابة العامة إن الدفاع المدني أخمد الحريق. وتحدث أمام الجمعية الوطنية.").map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(["الحشد العشائري", "النيابة العامة", "الدفاع المدني", "الجمعية الوطنية"]));
  });

  it("gives a movement the state it fights in, not the state where it is named", () => {
    const x = orgs("عنوان\nإسلام آباد - قال المتحدث سليم رضا إن الحكومة الباكستانية دعت حكومة طالبان إلى تسليم المسلحين، وإن طالبان لم ترد.");
    expect(x).toContainEqual(["حكومة طالبان", "AF"]);
    // The bare name is the same body as the one with a head.
    expect(x.filter(([n]) => n?.includes("طالبان"))).toHaveLength(1);
  });

  it("gives a group that works across states none", () => {
    expect(orgs("عنوان\nبغداد - قالت وزارة الدفاع العراقية إن تنظيم داعش هاجم موقعا للجيش.")).toContainEqual(["تنظيم داعش", null]);
  });

  it("ends a listed name before a noun that goes on with the sentence", () => {
    expect(orgs("عنوان\nوتبنت حماس الهجوم على المستودع، وأدانت الأمم المتحدة الهجوم.").map(([n]) => n)).toEqual(["حماس", "الأمم المتحدة"]);
    expect(orgs("عنوان\nقال مجلس الأمن الدولي إن الهلال الأحمر القطري وصل.").map(([n]) => n)).toEqual(["مجلس الأمن الدولي", "الهلال الأحمر القطري"]);
  });

  it("names a group's branch by the region it fights in, which is then no place of the story", () => {
    const x = extractArticle({ text: "عنوان\nباماكو - تبنى تنظيم داعش في الصحراء الكبرى الهجوم على القاعدة.", fileName: "t.txt" });
    expect(x.organizations.map((o) => [o.name, o.country])).toEqual([["تنظيم داعش في الصحراء الكبرى", null]]);
    expect(x.locations.map((l) => l.name)).not.toContain("الصحراء الكبرى");
  });

  it("reads a listed company under another spelling", () => {
    expect(orgs("عنوان\nوقعت وزارة الدفاع عقدا مع شركة أسلسان لتوريد أجهزة اتصال.")).toContainEqual(["شركة أسلسان", "TR"]);
  });
});

describe("units and commands named by a person or a number", () => {
  it("reads a battalion named after a person with the father's name, and no person in it", () => {
    const x = extractArticle({ text: "عنوان\nوكانت كتيبة سالم بن راشد المرتبطة بتنظيم داعش قد تبنت الهجوم على الدورية.", fileName: "t.txt" });
    expect(x.organizations.map((o) => o.name)).toContain("كتيبة سالم بن راشد");
    expect(x.persons).toEqual([]);
  });

  it("reads no body from a battalion named by its arm or its number", () => {
    expect(orgs("عنوان\nوانتشرت كتيبة مشاة قرب الحدود، فيما عادت الكتيبة الثانية إلى ثكناتها.")).toEqual([]);
  });

  it("reads the command of a military region counted by an ordinal, not one with no number", () => {
    expect(orgs("عنوان\nعدن - نظمت قيادة المنطقة العسكرية الثالثة عرضا عسكريا في المدينة.").map(([n]) => n)).toContain("قيادة المنطقة العسكرية الثالثة");
    expect(orgs("عنوان\nوزار الوفد مقر قيادة المنطقة العسكرية واطلع على الاستعدادات.")).toEqual([]);
  });

  it("reads the Polisario Front with no state, and an al-Qaeda branch named by its region whole", () => {
    const x = orgs("عنوان\nقال مسؤول في جبهة البوليساريو إن الجبهة رفضت القرار، فيما هدد تنظيم القاعدة في بلاد المغرب الإسلامي بشن هجمات.");
    expect(x).toContainEqual(["جبهة البوليساريو", null]);
    expect(x).toContainEqual(["تنظيم القاعدة في بلاد المغرب الإسلامي", null]);
  });
});
