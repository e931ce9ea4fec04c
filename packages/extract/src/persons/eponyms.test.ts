import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("a name that names a place, a body or a vessel after a person", () => {
  it("is no person after the noun of a college, a university or a centre", () => {
    const text = "زار وزير الدفاع الكيني سامسون أوتيينو أمس كلية حمدان بن راشد العسكرية في نيروبي، ثم ألقى محاضرة في جامعة إدواردو كابيلا.";
    expect(names(text)).toEqual(["سامسون أوتيينو"]);
  });

  it("is no person after a title that follows the noun", () => {
    const text = "وتفقد رئيس الأركان الأردني اللواء سالم العبادي اليوم الأحد مركز الملك فيصل الثاني للتدريب البحري في العقبة.";
    expect(names(text)).toEqual(["سالم العبادي"]);
  });

  it("is no person when quoted after a vessel and its nationality", () => {
    const text = 'وقاد قائد البحرية الإندونيسية الأدميرال أغوس ويرانتو التمرين من على متن السفينة الإندونيسية "ديوي ساري كارتيكا".';
    expect(names(text)).toEqual(["أغوس ويرانتو"]);
  });
});

describe("a name after a definite place noun and the nisba of what the place is", () => {
  it("is the place's eponym, while a commander named after his base is a person", () => {
    const x = extractArticle({ text: "إجلاء بحارة\n\nونقل المصابون إلى المستشفى الجامعي سالم بن عمر بمدينة صفاقس، وقال قائد القاعدة البحرية منير الخليفي إن حالتهم مستقرة." });
    const names = x.persons.map((p) => p.name);
    expect(names).not.toContain("سالم بن عمر");
    expect(names).toContain("منير الخليفي");
  });
});
