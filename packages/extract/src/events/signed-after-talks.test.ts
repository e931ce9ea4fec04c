import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("a memorandum signed at the end of talks", () => {
  it("is signed by those the next sentence says signed the document, though the talks were told after it", () => {
    const x = kinds(
      "Joint patrols",
      "ACCRA, March 10 (Wire) - Ghana and Togo on Tuesday signed a memorandum of understanding on joint border patrols, at the end of a one-day security meeting in Aflao.",
      "Interior Minister Kofi Mensah and Togo's Security Minister General Koffi Agbeko signed the document at the municipal hall.",
    );
    expect(x.find((e) => e.startsWith("agreement"))).toBe("agreement: Kofi Mensah + Koffi Agbeko");
  });
});

describe("happenings still to come", () => {
  it("an exercise a state looks forward to holding ('تتطلع إلى تنفيذ تمرين') is no happening", () => {
    const x = kinds("تعاون بحري", "وقال قائد البحرية الباكستانية، الأدميرال طارق محمود، إن بلاده تتطلع إلى تنفيذ تمرين بحري مشترك مع سلطنة عمان في بحر العرب خلال شهر مارس المقبل.");
    expect(x.filter((e) => e.startsWith("other"))).toEqual([]);
  });
});

describe("a walk round an exhibition", () => {
  it("by the official who opened the festival ('وتجول X عقب التدشين في أركان المعرض') is no visit of its own", () => {
    const x = kinds(
      "مهرجان التراث",
      "دشن أمير منطقة جازان، الأمير ناصر بن خالد، مساء أمس في ساحة القلعة، فعاليات مهرجان جازان للتراث.",
      "وتجول الأمير ناصر بن خالد عقب التدشين في أركان المعرض المصاحب، حيث استمع إلى شرح عن الحرف اليدوية.",
    );
    expect(x.filter((e) => e.startsWith("visit"))).toEqual([]);
  });
});

describe("an inspection after talks", () => {
  it("told 'وبعد الاجتماع' is a visit, the talks only saying when it was", () => {
    const x = kinds(
      "وزيرا الداخلية في المعبر",
      "عقد وزير الداخلية الليبي، اللواء سالم الورفلي، ووزير الداخلية التونسي، كمال الفقي، أمس الاثنين اجتماعا في مدينة بن قردان.",
      "وبعد الاجتماع تفقد الوزيران معبر راس جدير.",
    );
    expect(x.map((e) => e.split(":")[0])).toEqual(["meeting", "visit"]);
  });
});
