import { describe, expect, it } from "vitest";
import { countProblems, pluralCategories } from "./count-messages";
import { icuArguments } from "./icu-arguments";

const ARABIC_BOXES =
  "{count, plural, zero {لا صناديق} one {صندوق واحد} two {صندوقان} few {# صناديق} many {# صندوقًا} other {# صندوق}}";
const ENGLISH_BOXES = "{count, plural, one {# box} other {# boxes}}";

describe("icuArguments", () => {
  it("reads plain, typed and nested arguments and a plural's selectors", () => {
    const args = icuArguments("Hi <b>{name}</b>: {n, plural, =0 {none} one {# of {total, number}} other {many}} on {day, date, ::yyyyMMdd}");
    expect(args).toEqual([
      { name: "name", type: null, options: [] },
      { name: "n", type: "plural", options: ["=0", "one", "other"] },
      { name: "total", type: "number", options: [] },
      { name: "day", type: "date", options: [] },
    ]);
  });

  it("skips quoted syntax and reads an apostrophe inside a word as text", () => {
    expect(icuArguments("visitor's '{'x'}' {y}").map((a) => a.name)).toEqual(["y"]);
  });
});

describe("countProblems", () => {
  it("knows Arabic has six plural categories and English two", () => {
    expect(pluralCategories("ar")).toEqual(["zero", "one", "two", "few", "many", "other"]);
    expect(pluralCategories("en")).toEqual(["one", "other"]);
  });

  it("accepts plurals with every category, and bare figures written as numbers", () => {
    expect(countProblems(ENGLISH_BOXES, ARABIC_BOXES)).toEqual([]);
    expect(countProblems("Total: {total, number}", "المجموع: {total, number}")).toEqual([]);
    expect(countProblems("Hello {name}", "مرحبًا {name}")).toEqual([]);
  });

  it("flags a count printed bare in Arabic", () => {
    expect(countProblems(ENGLISH_BOXES, "{count} صندوق")).toEqual([
      "ar: {count} printed bare; use a plural (# for the figure) or {count, number}",
      "ar: {count} needs plural forms, as in English",
    ]);
    expect(countProblems("{count} boxes", "{count} صندوق")).toHaveLength(2);
  });

  it("flags an Arabic plural with English categories only, and a figure where English has a plural", () => {
    expect(countProblems(ENGLISH_BOXES, "{count, plural, one {صندوق} other {# صندوق}}")).toEqual([
      "ar: {count, plural} lacks zero, two, few, many",
    ]);
    expect(countProblems(ENGLISH_BOXES, "{count, number} صندوق")).toEqual(["ar: {count} needs plural forms, as in English"]);
  });

  it("flags the count printed as a plain argument inside its own plural", () => {
    const english = "{events, plural, one {{events} event} other {{events} events}}";
    expect(countProblems(english, ARABIC_BOXES.replaceAll("count", "events"))).toEqual([
      "en: {events} printed bare; use a plural (# for the figure) or {events, number}",
      "en: {events} printed bare; use a plural (# for the figure) or {events, number}",
    ]);
  });
});
