import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import type { LocationRead } from "../places/locations";
import { detectEvents } from "./detect";

// Every sentence below is written for these tests, not taken from a page.

/** A place at the tokens that spell `name`, as the tagger or the gazetteer would list it. */
function placeAt(doc: ReturnType<typeof buildDoc>, name: string, id: string): LocationRead {
  const k = doc.tokens.findIndex((t) => t.text === name);
  const t = doc.tokens[k]!;
  return { name, kind: "city", country: null, lat: null, lon: null, mentions: [{ start: t.start, end: t.end, surface: name }], spans: [{ first: k, last: k }], id };
}

const read = (text: string, known: string[], tagged: string[]) => {
  const doc = buildDoc(text, "ar");
  const places = { known: known.map((n) => placeAt(doc, n, `g:${n}`)), tagged: tagged.map((n) => placeAt(doc, n, `tagged:${n}`)) };
  return detectEvents({ doc, placeAt: [] }, [], places, "2026-05-04", 0, []).map((e) => [e.type, e.location?.name ?? null]);
};

describe("a place only the tagger knows", () => {
  it("places the event of the sentence that names it", () => {
    expect(read("اندلعت اشتباكات عنيفة اليوم في ياروبا بين قوات الجيش ومسلحين.", [], ["ياروبا"])).toEqual([["other", "ياروبا"]]);
  });

  it("gives way to a place the gazetteer knows in the same sentence", () => {
    expect(read("اندلعت اشتباكات عنيفة اليوم في ياروبا قرب مأرب بين قوات الجيش ومسلحين.", ["مأرب"], ["ياروبا"])).toEqual([["other", "مأرب"]]);
  });

  it("does not place an event told in another sentence", () => {
    expect(read("اندلعت اشتباكات عنيفة اليوم بين قوات الجيش ومسلحين. وتقع ياروبا شرق العاصمة.", [], ["ياروبا"])).toEqual([["other", null]]);
  });
});
