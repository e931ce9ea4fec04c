import { describe, expect, it } from "vitest";
import { dictionaryBit, markFirstWord, mayStartAtIndex, nextPossibleStart } from "./phrase-starts";
import { PhraseTrie } from "./phrase-trie";
import { tokenize } from "./tokens";

// Sentences written for this test.
describe("phrase dictionaries skip tokens that start none of their phrases", () => {
  it("finds phrases through a proclitic and not at other words", () => {
    const text = "وصل وزير الخارجية وللقوات المسلحة بيان";
    const tokens = tokenize(text);
    const trie = new PhraseTrie([["وزير الخارجية", "role"], ["القوات المسلحة", "org"]] as const);
    expect(trie.findAll(tokens, text).map((m) => [m.value, m.surface, m.clitic])).toEqual([
      ["role", "وزير الخارجية", ""],
      ["org", "القوات المسلحة", "ول"],
    ]);
    expect(trie.matchAt(tokens, 0, text)).toBeUndefined();
  });

  it("tells a caller where a phrase may start, and never turns away a token where one does", () => {
    const text = "قال وزير الخارجية إن وللقوات المسلحة دورا";
    const tokens = tokenize(text);
    const trie = new PhraseTrie([["وزير الخارجية", "role"], ["القوات المسلحة", "org"]] as const);
    const starts = tokens.map((_, i) => trie.mayStartAt(tokens, i));
    for (const m of trie.findAll(tokens, text)) expect(starts[m.first]).toBe(true);
    expect(starts[0]).toBe(false);
    expect(trie.mayStartAt(tokens, tokens.length)).toBe(false);
  });

  it("reads the bare word only for a dictionary without proclitics", () => {
    const text = "ووزير الدفاع";
    const tokens = tokenize(text);
    expect(new PhraseTrie([["وزير الدفاع", 1]], { clitics: false }).matchAt(tokens, 0, text)).toBeUndefined();
    expect(new PhraseTrie([["وزير الدفاع", 1]]).matchAt(tokens, 0, text)?.surface).toBe("وزير الدفاع");
  });

  it("sees phrases added after the tokens were first looked at", () => {
    const text = "اجتمع مجلس الشورى أمس";
    const tokens = tokenize(text);
    const trie = new PhraseTrie<string>([["مجلس النواب", "a"]]);
    expect(trie.findAll(tokens, text)).toEqual([]);
    trie.add("مجلس الشورى", "b");
    new PhraseTrie<string>([["اجتمع", "c"]]);
    expect(trie.findAll(tokens, text).map((m) => m.value)).toEqual(["b"]);
    trie.add("أمس", "d");
    expect(trie.findAll(tokens, text).map((m) => m.value)).toEqual(["b", "d"]);
  });

  it("keeps the masks a printed form shares across texts up to date", () => {
    const first = "زار الوفد ميناء الحديدة";
    const second = "غادر الوفد ميناء الحديدة";
    const trie = new PhraseTrie<string>([["مطار الحديدة", "a"]]);
    expect(trie.findAll(tokenize(first), first)).toEqual([]);
    trie.add("ميناء الحديدة", "b");
    expect(trie.findAll(tokenize(second), second).map((m) => m.value)).toEqual(["b"]);
    expect(trie.findAll(tokenize(first), first).map((m) => m.value)).toEqual(["b"]);
  });

  it("still finds every dictionary's phrases when there are more dictionaries than bits", () => {
    const text = "التقى قائد اللواء الخامس مع آمر الكتيبة الثالثة";
    const tokens = tokenize(text);
    // Forty dictionaries, so later ones share a bit with earlier ones (or with the package's own).
    const tries = Array.from({ length: 40 }, (_, n) => new PhraseTrie<number>([[n % 2 ? "آمر الكتيبة" : "قائد اللواء", n]]));
    for (const [n, trie] of tries.entries()) {
      expect(trie.findAll(tokens, text).map((m) => [m.value, m.surface])).toEqual([[n, n % 2 ? "آمر الكتيبة" : "قائد اللواء"]]);
    }
  });

  it("reads a long token array's masks side by side and sees phrases added after it was read", () => {
    const text = "وصل إلى المدينة صباح اليوم وفد رفيع يضم عددا من المسؤولين في وزارة الزراعة والري، وبحث مع محافظ المدينة سبل تطوير مشروعات الري بالريف الشرقي";
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThanOrEqual(16);
    const trie = new PhraseTrie<string>([["وزارة الزراعة", "a"]]);
    expect(trie.findAll(tokens, text).map((m) => [m.value, m.surface])).toEqual([["a", "وزارة الزراعة"]]);
    expect(trie.matchAt(tokens, tokens.length, text)).toBeUndefined();
    trie.add("محافظ المدينة", "b");
    trie.add("الريف الشرقي", "c");
    expect(trie.findAll(tokens, text).map((m) => [m.value, m.surface, m.clitic])).toEqual([
      ["a", "وزارة الزراعة", ""],
      ["b", "محافظ المدينة", ""],
      ["c", "الريف الشرقي", "ب"],
    ]);
  });

  it("passes over the tokens where a dictionary starts nothing, as matchAt token by token would", () => {
    const long = "قال المتحدث إن وزير الدفاع استقبل أمس في مكتبه سفير الدولة الصديقة وبحث معه سبل التعاون بين البلدين في مجالات التدريب والتأهيل";
    const bit = dictionaryBit();
    markFirstWord("سفير", bit);
    // A long array (read through its masks side by side), a short one, and a proclitic on the word.
    for (const text of [long, "استقبل الوزير سفير البلد", long.replace("سفير", "ولسفير")]) {
      const tokens = tokenize(text);
      const envoy = tokens.findIndex((t) => t.text.endsWith("سفير"));
      for (const clitics of [true, false]) {
        expect(mayStartAtIndex(tokens, envoy, bit, clitics)).toBe(clitics || tokens[envoy]!.text === "سفير");
        for (let from = 0; from <= tokens.length; from++) {
          let expected = from;
          while (expected < tokens.length && !mayStartAtIndex(tokens, expected, bit, clitics)) expected++;
          expect(nextPossibleStart(tokens, from, bit, clitics)).toBe(expected);
        }
      }
    }
  });
});
