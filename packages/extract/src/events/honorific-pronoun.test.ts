import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import type { PersonRead } from "../persons";
import { tokenize } from "../text/tokens";
import { honoredPersons } from "./honorific-pronoun";
import type { Unit } from "./units";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-12" });
const ofType = (x: ReturnType<typeof read>, type: string) => x.events.filter((e) => e.type === type);

describe("a dignitary named by an honorific pronoun", () => {
  it("visits where 'سموه' went: the person last called سمو", () => {
    const x = read(
      "زيارة",
      "",
      "فيينا، 11 مايو 2026 (وام) -- وقع سمو الشيخ راشد بن حمدان آل مكتوم وزير الطاقة، ومعالي السيد فرانز هوبر وزير الاقتصاد النمساوي، أمس، اتفاقية للتعاون في مجال الهيدروجين في مقر الوزارة النمساوية.",
      "وفي وقت لاحق من اليوم نفسه، زار سموه والوفد المرافق محطة زيمرينغ للطاقة، حيث قدم مديرها كارل فاغنر شرحا عن أنظمة التخزين.",
    );
    expect(ofType(x, "visit")[0]?.participants).toContain("راشد بن حمدان آل مكتوم");
  });

  it("was received on arrival, told after the signing: a reception of both, on the signing's day, and no visit of its own", () => {
    const x = read(
      "توقيع",
      "",
      "فيينا، 11 مايو 2026 (وام) -- وقع سمو الشيخ راشد بن حمدان آل مكتوم وزير الطاقة، ومعالي السيد فرانز هوبر وزير الاقتصاد النمساوي، أمس، اتفاقية للتعاون في مجال الهيدروجين في مقر الوزارة النمساوية.",
      "وكان هوبر قد استقبل سموه لدى وصوله إلى مقر الوزارة، حيث استعرضا حرس الشرف.",
    );
    const reception = ofType(x, "reception");
    expect(reception.map((e) => [...e.participants].sort())).toEqual([["راشد بن حمدان آل مكتوم", "فرانز هوبر"].sort()]);
    expect(reception[0]?.date).toBe("2026-05-10");
    expect(ofType(x, "visit")).toHaveLength(0);
  });
});

describe("an agreement signed on the sidelines of talks told with their venue", () => {
  it("is placed at that venue, not in the state the sentence names as its matter", () => {
    const x = read(
      "محادثات",
      "",
      "عمّان - اجتمع معالي اللواء سامر خليل العبادي وزير الداخلية، اليوم، مع معالي السيد ماتيو روسي وزير الداخلية الإيطالي.",
      "وجرى خلال الاجتماع، الذي عقد بمبنى وزارة الداخلية، استعراض التعاون الأمني بين البلدين.",
      "وعلى هامش الاجتماع، وقع معاليه والوزير الإيطالي مذكرة تنظم تدريب عناصر من الشرطة في إيطاليا.",
    );
    expect(ofType(x, "agreement")[0]?.location).toBe("مبنى وزارة الداخلية");
    // "معاليه": the host the agency named first with that address, not the guest addressed alike.
    expect(ofType(x, "agreement")[0]?.participants).toContain("سامر خليل العبادي");
  });
});

describe("honoredPersons read word by word", () => {
  // Invented sentence: a person addressed "والسمو"-style before his name, then "وسموه" and "فجلالته".
  const text = "استقبل صاحب السمو الأمير فهد ناصر الوفد ثم رافقه وسموه إلى القاعة وجلالته";
  const tokens = tokenize(text);
  const at = (w: string) => tokens.findIndex((t) => t.text === w);
  const fahd = { tokenSpans: [{ first: at("فهد"), last: at("ناصر") }] } as unknown as PersonRead;
  const unit: Unit = { first: 0, last: tokens.length, start: 0, end: text.length };

  it("finds the person a pronoun with a conjunction stands for, the same when asked again", () => {
    const first = honoredPersons(tokens, [fahd], unit);
    expect(first).toEqual([{ idx: 0, at: at("وسموه") }]);
    // Kept answers per printed form: a second sentence with the same words reads the same.
    expect(honoredPersons(tokens, [fahd], unit)).toEqual(first);
  });

  it("leaves a pronoun whose address was never printed before the name", () => {
    const other = tokenize("وصل فهد ناصر ثم رافقه وسموه إلى القاعة");
    const person = { tokenSpans: [{ first: 1, last: 2 }] } as unknown as PersonRead;
    expect(honoredPersons(other, [person], { first: 0, last: other.length, start: 0, end: 0 })).toEqual([]);
  });
});
