import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import type { PersonRead } from "./index";
import { endNamesAtTagger } from "./tagger-name-end";

function person(doc: ReturnType<typeof buildDoc>, first: number, last: number): PersonRead {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const surface = doc.text.slice(start, end);
  return { name: surface, aliases: [], rank: null, role: null, country: null, mentions: [{ start, end, surface }], tokenSpans: [{ first, last }], roleSpans: [], keys: [doc.tokens.slice(first, last + 1).map((t) => t.key)] };
}

describe("a rule name the tagger ends sooner", () => {
  const doc = buildDoc("وكشف الوزير السابق سامي الحداد النقاب عن خطة جديدة", "ar");
  it("ends at the tagger's last word", () => {
    const p = person(doc, 3, 5);
    endNamesAtTagger(doc, [p], [{ type: "PERS", first: 3, last: 4, confidence: 30 }]);
    expect(p.name).toBe("سامي الحداد");
    expect(p.mentions[0]!.surface).toBe("سامي الحداد");
    expect(doc.text.slice(p.mentions[0]!.start, p.mentions[0]!.end)).toBe("سامي الحداد");
    expect(p.tokenSpans[0]).toEqual({ first: 3, last: 4 });
    expect(p.keys[0]).toHaveLength(2);
  });
  it("keeps a name the tagger reads whole or not at all", () => {
    const p = person(doc, 3, 5);
    endNamesAtTagger(doc, [p], [{ type: "PERS", first: 3, last: 5, confidence: 30 }]);
    expect(p.name).toBe("سامي الحداد النقاب");
    const q = person(doc, 3, 5);
    endNamesAtTagger(doc, [q], []);
    expect(q.name).toBe("سامي الحداد النقاب");
  });
  it("keeps a name of two words the tagger cuts to one", () => {
    const p = person(doc, 3, 4);
    endNamesAtTagger(doc, [p], [{ type: "PERS", first: 3, last: 3, confidence: 30 }]);
    expect(p.name).toBe("سامي الحداد");
  });
});

describe("a name the tagger cuts at a connector", () => {
  it("keeps the name whole", () => {
    const doc = buildDoc("وحضرت السيدة هند بنت سالم الراشد الحفل", "ar");
    const p = person(doc, 2, 5);
    endNamesAtTagger(doc, [p], [{ type: "PERS", first: 2, last: 3, confidence: 30 }]);
    expect(p.name).toBe("هند بنت سالم الراشد");
  });
});

describe("words past the tagger's end said again", () => {
  it("are a family name the name keeps", () => {
    const doc = buildDoc("وحضر المدير كمال يلدز قره تبه الحفل . وقال قره تبه إن الشركة ستعمل", "ar");
    const p = person(doc, 2, 5);
    endNamesAtTagger(doc, [p], [{ type: "PERS", first: 2, last: 3, confidence: 30 }]);
    expect(p.name).toBe("كمال يلدز قره تبه");
  });
});
