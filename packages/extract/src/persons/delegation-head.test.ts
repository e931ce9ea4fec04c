import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const country = (text: string, name: string) => extractArticle({ text: "خبر\n\nبغداد - وكالات\n\n" + text, publishedHint: "2027-03-01" }).persons.find((p) => p.name === name)?.country;

describe("the head of a delegation", () => {
  it("serves the state the delegation was named with, though words of where it came from stand between", () => {
    expect(country("وتفقد الوزيران المعبر، وانضم إليهما وفد من الجمارك التركية قدم من بوابة كارمن على الجانب الآخر من الحدود، برئاسة مدير البوابة، هاكان يلدز.", "هاكان يلدز")).toBe("TR");
  });

  it("takes a nationality printed after the delegation's noun", () => {
    expect(country("ووصل إلى العاصمة أمس الوفد الأردني الذي يضم ضباطا من القوات المسلحة ومن الأمن العام، برئاسة اللواء سامر خالد العبادي.", "سامر خالد العبادي")).toBe("JO");
  });

  it("is not read from a side of the border ('على الجانب الآخر')", () => {
    expect(country("وتجمع الناس على الجانب الآخر من النهر السوري بقيادة العقيد مازن علي الدوري، قائد الحرس.", "مازن علي الدوري")).not.toBe("TR");
  });
});

describe("a dateline printed above the headline", () => {
  it("names the state of an office said to be the nation's ('الوطني')", () => {
    const x = extractArticle({ text: "روصو، 12 مارس 2027 (ومأ) -\n\nالبلدان يوقعان اتفاقا لتسيير دوريات مشتركة على النهر\n\nبحث وزير الدفاع الوطني، سالم ولد أحمد، مع وزير القوات المسلحة السنغالي، عمر جالو، أمس سبل التنسيق. وقال الوزير السنغالي إن السنغال مستعدة، وإن السنغال شريك.", fileName: "t.txt" });
    expect(x.persons.find((p) => p.name === "سالم ولد أحمد")?.country).toBe("MR");
  });
});

describe("whoever signs for a side", () => {
  it("serves that side's state, a company's officer too", () => {
    const found = extractArticle({ text: "خبر\n\nجاكرتا - وكالات\n\nووقع الاتفاق عن الجانب العماني الرئيس التنفيذي لشركة الواحة سالم حمد الريامي، وعن الجانب الإندونيسي مدير عام الشركة أغوس ويدودو.", publishedHint: "2027-03-01" }).persons;
    expect(found.find((p) => p.name === "سالم حمد الريامي")?.country).toBe("OM");
  });
});

describe("a town opening a short line under the headline", () => {
  it("is the dateline that names the home state", () => {
    const x = extractArticle({ text: "Canada and Denmark agree on Arctic patrols\n\nIQALUIT, Nunavut — The Canadian Press\n\nCanada and Denmark agreed on Wednesday to share patrol data over Greenland, where Danish ships already sail past Greenland's coast and Greenland's ports.\n\nDefence Minister Paul Tremblay said the radars would be ready by 2031.", fileName: "t.txt" });
    expect(x.persons.find((p) => p.name === "Paul Tremblay")?.country).toBe("CA");
  });
});

describe("a state inside an office no named person holds", () => {
  it("is that office's, not the state of the name beside it", () => {
    expect(country("وقال قائد الشرطة سالم أحمد الكعبي إن وزير الدفاع الصومالي زار المقر أمس.", "سالم أحمد الكعبي")).toBe("IQ");
  });
});

describe("the head of a named delegation and of an office in a region of a state", () => {
  const role = (text: string, name: string) => extractArticle({ text: "خبر\n\n" + text }).persons.find((p) => p.name === name)?.role;

  it("reads the delegation's noun inside the office and rebuilds the association said again", () => {
    const text = "ووزعت جمعية الإغاثة الخيرية القطرية سلالا غذائية. وقالت رئيسة وفد الجمعية، سلمى راشد الكبيسي، إن التوزيع انتهى.";
    expect(role(text, "سلمى راشد الكبيسي")).toBe("رئيسة وفد جمعية الإغاثة الخيرية القطرية");
  });

  it("keeps a region after في and a place's head in the office", () => {
    expect(role("وحضر التوزيع وزير الزراعة والري في ولاية جنوب غرب الصومال، حسن عبدي فارح، مع الوفد.", "حسن عبدي فارح")).toBe("وزير الزراعة والري في ولاية جنوب غرب الصومال");
  });
});
