import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const story = (body: string) => `اشتباكات حدودية\n\n${body}`;
const locationsOf = (body: string) => extractArticle({ text: story(body) }).locations;
const names = (body: string) => locationsOf(body).map((l) => l.name);

describe("names listed after a dual or plural head of towns or areas", () => {
  it("reads both names after a dual head, and an adjective in the dual after them is none", () => {
    const places = names("نزح السكان من بلدتي تالفورو وسامبيرا الحدوديتين.");
    expect(places).toContain("تالفورو");
    expect(places).toContain("سامبيرا");
  });

  it("reads the names after a head that carries a proclitic", () => {
    const places = names("اندلعت اشتباكات ببلدتي تالفورو وسامبيرا الحدوديتين.");
    expect(places).toContain("تالفورو");
    expect(places).toContain("سامبيرا");
  });

  it("reads each name of a list after a plural head, in the state the sentence prints", () => {
    const places = locationsOf("شنت القوات غارات على قرى تالفورو وسامبيرا وكوندابا في ولاية موبتي.");
    for (const n of ["تالفورو", "سامبيرا", "كوندابا"]) expect(places.find((l) => l.name === n)?.country).toBe("ML");
  });

  it("reads no name from adjectives after a plural head", () => {
    expect(names("تعيش الأسر في قرى نائية وفقيرة منذ سنوات.")).toEqual([]);
  });

  it("reads no one-word name from the first word of a name of two", () => {
    expect(names("سيطرت القوات على محافظتي الأنبار وصلاح الدين.")).not.toContain("صلاح");
  });
});
