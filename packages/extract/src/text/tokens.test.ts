import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formMemo, formMemoSlot, keptReadings, readings, readsAs, setFormMemo, tokenize, tokenReadsAs, wordKey } from "./tokens";

// The tokenizer's definition: letter runs (with marks and tatweel), digit runs, any other single
// character but white space; each token classified by Unicode class. The tokenizer takes short
// cuts by code unit and must still agree with this on every character.
const DEFINITION = /[\p{L}\p{M}\u0640]+|\p{N}+|[^\s\p{L}\p{M}\p{N}\u0640]/gu;
// Per token: offsets, kind (digits are a number, letters a word, anything else punctuation unless
// it is a pair of code units), whether it is Arabic, whether it opens with a capital.
const spans = (text: string) =>
  [...text.matchAll(DEFINITION)].map((m) => {
    const raw = m[0];
    const kind = /^\p{N}+$/u.test(raw) ? "num" : /[\p{L}\p{M}\u0640]/u.test(raw) || raw.length > 1 ? "word" : "punct";
    return [m.index, m.index + raw.length, kind, arabicBlock(raw), /^\p{Lu}/u.test(raw)];
  });
// Opens in the Arabic block (tatweel included), or holds Arabic script beyond it.
const arabicBlock = (raw: string) => (raw.charCodeAt(0) >= 0x600 && raw.charCodeAt(0) <= 0x6ff) || (raw.charCodeAt(0) > 0x6ff && /\p{Script=Arabic}/u.test(raw));
const cut = (text: string) => tokenize(text).map((t) => [t.start, t.end, t.kind, t.arabic, t.capital]);

// Characters from every class the definition names, including surrogate pairs and lone surrogates.
const PIECES = ["a", "Z", "é", "É", "Ω", "ب", "ة", "أ", "\u064E", "\u0640", "٣", "5", "²", "Ⅻ", " ", "\n", "\u00A0", "\u200F", ".", "،", "-", "😀", "𝐀", "𝟙", "\uD800", "\uDC00", "\u0301"];

describe("tokenize", () => {
  it("cuts the tokens its definition names, whatever the characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(cut(text)).toEqual(spans(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("cuts arbitrary strings the same way", () => {
    fc.assert(
      // Any code points, lone surrogates included (fast-check's own full-range string unit takes
      // seconds to build).
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 40 }).map((cps) => cps.map((c) => String.fromCodePoint(c)).join("")), (text) => {
        expect(cut(text)).toEqual(spans(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("folds keys the same whether or not the word is its own key", () => {
    // Written for this test: a word with hamza, ta marbuta and alef maqsura, and one without.
    expect(wordKey("أمانة")).toBe("امانه");
    expect(wordKey("مستشفى")).toBe("مستشفي");
    expect(wordKey("وزير")).toBe("وزير");
    expect(wordKey("NATO")).toBe("nato");
    expect(wordKey("عـلي")).toBe("علي");
    expect(wordKey("٢٠٢٤")).toBe("2024");
  });

  it("keeps a value worked out from a printed form for every token of that form", () => {
    // Written for this test.
    const slot = formMemoSlot();
    const [a, , b] = tokenize("سالم و سالم");
    setFormMemo(a!, slot, "kept");
    expect(formMemo(b!, slot)).toBe("kept");
    expect(formMemo(tokenize("وسالم")[0]!, slot)).toBeUndefined();
    const madeElsewhere = { ...a!, memo: undefined };
    setFormMemo(madeElsewhere, slot, "lost");
    expect(formMemo(madeElsewhere, slot)).toBeUndefined();
  });

  it("gives a new form a memo with every slot taken so far, none of them set", () => {
    // Written for this test: forms no other test prints.
    const slot = formMemoSlot();
    const [t] = tokenize("قاربناهم");
    expect(t!.memo!.length).toBeGreaterThan(slot);
    expect(t!.memo!.every((v) => v === undefined)).toBe(true);
    // A slot taken after the form was first read is still kept for it.
    const later = formMemoSlot();
    setFormMemo(t!, later, 7);
    expect(formMemo(tokenize("قاربناهم")[0]!, later)).toBe(7);
  });

  it("keeps the readings on a token, and looks up a copy's own key", () => {
    // Written for this test.
    const [word, other] = tokenize("وبقارب مركب");
    expect(keptReadings(word!)).toBe(word!.reads);
    expect(keptReadings(word!)).toEqual(readings(word!.key));
    expect(keptReadings({ ...other!, key: "وبقارب" })).toEqual(readings("وبقارب"));
  });

  it("reads a token as a listed word through the readings kept on it, like readsAs on its key", () => {
    // Written for this test.
    const listed = new Set(["قارب"]);
    const [bare, withPreposition, other] = tokenize("قارب بقارب مركب");
    expect([bare, withPreposition, other].map((t) => tokenReadsAs(t!, listed))).toEqual([true, true, false]);
    expect([bare, withPreposition, other].map((t) => tokenReadsAs(t!, listed))).toEqual([bare, withPreposition, other].map((t) => readsAs(t!.key, listed)));
    // A copy given another key carries the old key's readings, which are not its own.
    expect(tokenReadsAs({ ...other!, key: "وقارب" }, listed)).toBe(true);
    expect(tokenReadsAs({ ...withPreposition!, key: "مركب" }, listed)).toBe(false);
  });
});
