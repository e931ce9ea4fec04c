import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import { countProblems } from "./count-messages";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue as `dotted.key → text`. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The `{name}` arguments and `<tag>`s a message uses (plural/number arguments included). */
function slots(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([a-z]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

const arabic = flatten(ar);
const english = flatten(en);

describe("message catalogues", () => {
  it("have the same keys in Arabic and English", () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
    expect(arabic.size).toBeGreaterThan(400);
  });

  it("have no empty message", () => {
    for (const [key, text] of [...arabic, ...english]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same arguments and tags in both languages", () => {
    for (const [key, text] of english) expect(slots(arabic.get(key) ?? ""), key).toEqual(slots(text));
  });

  it("are valid ICU messages", () => {
    for (const [locale, messages, flat] of [["ar", ar, arabic], ["en", en, english]] as const) {
      const invalid: string[] = [];
      const t = createTranslator({
        locale,
        messages,
        onError: (error: IntlError) => {
          if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
        },
      });
      const tags = { bdi: (c: string) => c, ltr: (c: string) => c, code: (c: string) => c, b: (c: string) => c };
      for (const key of flat.keys()) t.markup(key as never, tags as never);
      expect(invalid, locale).toEqual([]);
    }
  });

  it("give every count its plural forms (six in Arabic, two in English) or print it as a bare figure", () => {
    const problems = [...english].flatMap(([key, text]) => countProblems(text, arabic.get(key) ?? "").map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("keep Arabic out of the English catalogue and English words out of the Arabic one", () => {
    for (const [key, text] of english) expect(text, key).not.toMatch(/[\u0600-\u06FF]/);
    // Arabic messages may name Latin things (RSS, HTML, ISO codes): only flag whole English sentences.
    for (const [key, text] of arabic) expect(text, key).not.toMatch(/\b(the|and|of|with|not)\b/i);
  });
});
