import { describe, expect, it } from "vitest";
import type { PersonRead } from "../persons";
import { tokenize, wordKey } from "../text/tokens";
import type { EventRead } from "./event-read";
import { sharedFamilyActors } from "./shared-family-name";

// Every sentence and name below is written for these tests, not taken from a page.

const text = "كما التقى الكواري أمس في تيرانا وزيرة الاقتصاد بليرينا شالا.";
const tokens = tokenize(text);
const unit = { first: 0, last: tokens.length, start: 0, end: text.length };
const person = (name: string, spans: { first: number; last: number }[] = []): PersonRead => ({
  name,
  aliases: [],
  rank: null,
  role: null,
  country: null,
  mentions: [],
  tokenSpans: spans,
  roleSpans: [],
  keys: [name.split(" ").map(wordKey)],
});
const shala = tokens.findIndex((t) => t.text === "بليرينا");
// 0: the company head who signed; 1: the ambassador who attended; 2: the minister of this sentence.
const persons = [person("خالد بن سعد الكواري"), person("عبدالله بن فهد الكواري"), person("بليرينا شالا", [{ first: shala, last: shala + 1 }])];
const signing = (participants: number[]) => ({ type: "agreement", participants }) as EventRead;

describe("a family name two persons of the article share, left unread", () => {
  it("stands for the one who took part in an occasion told before", () => {
    expect(sharedFamilyActors(tokens, persons, unit, [signing([0])])).toEqual([0]);
  });

  it("stays unread when both, or neither, took part before", () => {
    expect(sharedFamilyActors(tokens, persons, unit, [signing([0, 1])])).toEqual([]);
    expect(sharedFamilyActors(tokens, persons, unit, [])).toEqual([]);
  });

  it("counts a person whose names end alike once: one bearer is no shared name", () => {
    const twice: PersonRead = { ...person("خالد بن سعد الكواري"), keys: [["خالد", "بن", "سعد", "الكواري"].map(wordKey), ["خالد", "الكواري"].map(wordKey)] };
    expect(sharedFamilyActors(tokens, [twice, persons[2]!], unit, [signing([0])])).toEqual([]);
  });
});
