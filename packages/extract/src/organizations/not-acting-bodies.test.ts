import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => [o.name, o.country]);

describe("a body that names a place or a thing, not itself acting", () => {
  it("is no body as its building's name", () => {
    expect(orgs("وعقد الجانبان اجتماعا في مبنى إدارة ميناء سمرا، تناول تنسيق الدوريات.")).toEqual([]);
  });
  it("stays a body where it acts elsewhere", () => {
    expect(orgs("وقالت وزارة الزراعة إن اللقاء عقد بمبنى وزارة الزراعة.").map(([n]) => n)).toEqual(["وزارة الزراعة"]);
  });
  it("stays a body at its seat", () => {
    expect(orgs("وعقد الجانبان جلسة مباحثات بمقر وزارة الداخلية الموريتانية.").map(([n]) => n)).toEqual(["وزارة الداخلية الموريتانية"]);
  });
  it("is no body when تنظيم regulates a flow", () => {
    expect(orgs("لجنة مشتركة تبحث في كسلا تنظيم العبور ومكافحة التهريب.")).toEqual([]);
  });
  it("is no body inside a cup's name", () => {
    expect(orgs("ووقع الطرفان بروتوكولا لتأمين بطولة كأس العالم FIFA للشباب 2031 في الرباط.")).toEqual([]);
  });
  it("is a site when a hospital is visited", () => {
    const x = extractArticle({ text: "خبر\n\nكما زار الوفد مستشفى كادوقلي التعليمي واطلع على النقص في الأدوية.", tagger: false });
    expect(x.organizations).toEqual([]);
  });
});

describe("English bodies named plainly", () => {
  const en = (text: string) => extractArticle({ text: "Headline for the story\n\n" + text, tagger: false }).organizations.map((o) => [o.name, o.country]);
  it("reads the joint commission two states keep, of neither state", () => {
    expect(en("The ministers of Chad and Niger called for regular meetings of the joint security commission.")).toEqual([["joint security commission", null]]);
  });
  it("reads no indefinite joint committee", () => {
    expect(en("A joint fisheries committee set up in 2019 will meet in Ndjamena.")).toEqual([]);
  });
  it("reads a government's own name in apposition", () => {
    expect(en("NUUK – Greenland's government, Naalakkersuisut, has asked Copenhagen for more patrol ships.").map(([n]) => n)).toContain("Naalakkersuisut");
  });
  it("folds a body said again without its word of standing", () => {
    expect(en("Norway's Joint Polar Command met on Monday. Later the Polar Command's rescue centre was shown.").map(([n]) => n)).toEqual(["Joint Polar Command"]);
  });
});

describe("a command named by its operations", () => {
  it("is the body whose statement is cited after بيان ل", () => {
    expect(orgs("وذكر بيان لقيادة العمليات المشتركة أن الدوريات ستستمر على طول الحدود.").map(([n]) => n)).toEqual(["قيادة العمليات المشتركة"]);
  });
});

describe("a society said again with what it works for", () => {
  it("points back at the society named before", () => {
    expect(orgs("ووزعت جمعية الهلال الأحمر القطري السلال، ضمن الحملة التي أطلقتها الجمعية لإغاثة المنكوبين في تشاد.").map(([n]) => n)).toEqual(["جمعية الهلال الأحمر القطري"]);
  });
});

describe("what the tagger reads as a body and is none", () => {
  const tagged = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);
  it("drops a coast named with its nationality", () => {
    expect(tagged("واتفق الجانبان على دوريات مشتركة في المنطقة الواقعة بين السواحل التونسية وجزيرة لامبيدوزا.")).toEqual([]);
  });
  it("drops a rank", () => {
    expect(tagged("واستقبل المفتش نائب الأدميرال كارل فوس. وأجرى نائب الأدميرال فوس مباحثات مع المفتش.")).toEqual([]);
  });
});

describe("a body's branch named by its province", () => {
  it("stays beside the body, not folded into it", () => {
    const x = extractArticle({ text: "Talks at the border\n\nKARACHI – The Frontier Corps said the road was open. Later the Frontier Corps Sindh (South) said its troops had stopped a convoy.", tagger: false });
    expect(x.organizations.map((o) => o.name)).toEqual(["Frontier Corps", "Frontier Corps Sindh"]);
  });
});
