import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Sentences written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-05-03" }).persons;
const roleOf = (text: string, name: string) => read(text).find((p) => p.name === name)?.role ?? null;

describe("an English office held on a ship named before", () => {
  it("reads 'Her commanding officer' as the officer of the ship named last", () => {
    const role = roleOf("Drill\n\nTroops went ashore from the landing ship HMS Valiant near the fjord. Her commanding officer, Captain Alan Moss, said the test went well.", "Alan Moss");
    expect(role).toBe("commanding officer of the landing ship HMS Valiant");
  });

  it("reads a navy's dotted prefix as the opening of the ship's name", () => {
    const role = roleOf(
      "Aid\n\nOn Friday, the Dutch Navy patrol vessel Zr.Ms. Friesland unloaded 20 tonnes of food at the harbour. Its commanding officer, Commander Joris Haak, handed the cargo to the mayor.",
      "Joris Haak",
    );
    expect(role).toBe("commanding officer of the patrol vessel Zr.Ms. Friesland");
  });

  it("gives 'Its commander' the ship named after a base in the sentence before", () => {
    const role = roleOf(
      "Visit\n\nOn Monday the minister drove to the Kessel naval base in Portmore, where she boarded the patrol vessel NRP Mondego. Its commander, Lieutenant Commander Rui Lopes, showed her the radar.",
      "Rui Lopes",
    );
    expect(role).toBe("commander of the patrol vessel NRP Mondego");
  });
});

describe("an English office held at a site named before by its noun", () => {
  it("reads 'the station's commander' with a site's name that puts a word in lower case before its noun", () => {
    const role = roleOf("Talks\n\nThe minister landed at Rygge air station and was met by the station's commander, Colonel Karin Dahl, before the talks.", "Karin Dahl");
    expect(role).toBe("commander of Rygge air station");
  });

  it("reads 'the training area's commander' with its qualified noun", () => {
    const role = roleOf("Drill\n\nLater he visited the Hvalsey military training area, where he was shown around by the training area's commander, Lieutenant Colonel Ivo Brandt.", "Ivo Brandt");
    expect(role).toBe("commander of the Hvalsey military training area");
  });

  it("reads 'the base commander' as the commander of the base named before", () => {
    const role = roleOf("Talks\n\nHe was welcomed at the Kallax air base by the minister and by the base commander, Colonel Mats Berg, before the talks.", "Mats Berg");
    expect(role).toBe("commander of the Kallax air base");
  });
});

describe("an Arabic office pointing back at a site or a ship", () => {
  it("prefers the site visited in the pronoun's sentence to a body named in its clause", () => {
    const role = roleOf("زيارة\n\nكما زارت الوزيرة يوم الأحد منجم بوخنيا القديم للفحم المدرج على قائمة التراث لليونسكو، واستمعت من مديرته السيدة ماريا نوفاك إلى شرح عن المنجم.", "ماريا نوفاك");
    expect(role).toContain("مديرة منجم بوخنيا");
  });

  it("reads a port authority's ports, a plural, with a feminine pronoun", () => {
    const role = roleOf("زيارة\n\nوكان الوزير قد زار أمس موانئ الدانوب النمساوية في مدينة فيينا، حيث رافقته مديرتها السيدة إلزا هوبر في جولة على الأرصفة.", "إلزا هوبر");
    expect(role).toContain("مديرة موانئ الدانوب");
  });

  it("reads 'قائدها' opening a sentence as the commander of the ship the sentence before named", () => {
    const persons = read("خبر\n\nمن جهة أخرى، وصلت يوم الخميس سفينة التدريب المغربية «طارق» إلى ميناء بريست، وعلى متنها طلبة المدرسة البحرية. وقال قائدها المقدم البحري سعيد العلوي إن الرحلة ناجحة.");
    const p = persons.find((x) => x.name === "سعيد العلوي");
    expect(p?.role).toBe("قائد سفينة التدريب المغربية طارق");
    expect(p?.country).toBe("MA");
  });

  it("reads 'عمدة المدينة' as the mayor of the town named before", () => {
    const role = roleOf("زيارة\n\nوزار الوفد يوم الخميس المنطقة الصناعية لمدينة أسوان، برفقة عمدة المدينة، ماري لوفيل، التي أكدت استعداد البلدية للتعاون.", "ماري لوفيل");
    expect(role).toBe("عمدة أسوان");
  });

  it("reads a woman governor of a central bank", () => {
    const role = roleOf("لقاء\n\nوحضر اللقاء محافظة البنك المركزي الأردني رنا سالم ووزير المالية.", "رنا سالم");
    expect(role).toBe("محافظة البنك المركزي الأردني");
  });
});

describe("a monarch's style and title", () => {
  it("reads the title after 'صاحب الجلالة' as the office when none is printed, and no rank", () => {
    const p = read("تحيات\n\nونقل الوزير إلى الرئيس الفرنسي تحيات حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم، وتقديره لجهود فرنسا.").find((x) => x.name === "هيثم بن طارق");
    expect(p?.rank).toBeNull();
    expect(p?.role).toBe("السلطان");
  });
});

describe("the state of an officer at a site an international body's name is in", () => {
  it("serves the state whose forces run the site, named in the pronoun's sentence", () => {
    const p = read("زيارة\n\nوزار الوزير أمس مدرسة الأمم المتحدة للغوص في مدينة قادس، التي تديرها البحرية الإسبانية، واطلع من مديرتها العقيد خافيير رويث على برامج المدرسة.").find((x) => x.name === "خافيير رويث");
    expect(p?.role).toContain("مديرة مدرسة الأمم المتحدة");
    expect(p?.country).toBe("ES");
  });
});
