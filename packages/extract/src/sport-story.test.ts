import { describe, expect, it } from "vitest";
import { isSportStory } from "./sport-story";
import { tokenize } from "./text/tokens";

// Sentences written for these tests.
describe("a story of sport", () => {
  it("is one with a word of sport or teams, with or without its proclitics", () => {
    expect(isSportStory(tokenize("وتغلب روما على ضيفه في الدوري بهدفين."))).toBe(true);
    expect(isSportStory(tokenize("وعاد الفريق إلى التدريبات استعدادا للمباراة المقبلة."))).toBe(true);
  });

  it("is no story where a capital stands for its state", () => {
    expect(isSportStory(tokenize("ودعت الخارجية التركية أثينا إلى عدم التصعيد في بحر إيجه."))).toBe(false);
  });
});
