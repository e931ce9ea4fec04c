import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { isTravelDestination } from "./travel-destination";

// Sentences written for these tests.
const destinationIn = (text: string, word: string) => {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  if (k < 0) throw new Error(`${word} not in ${text}`);
  return isTravelDestination(tokens, k);
};

describe("a place a journey goes to", () => {
  it("is the name after a preposition of direction whose verb or noun of going stands a few words before", () => {
    expect(destinationIn("وصل الوفد إلى فالنسيا أمس.", "فالنسيا")).toBe(true);
    expect(destinationIn("وتوجه وزير الخارجية الفرنسي إلى لشبونة صباحا.", "لشبونة")).toBe(true);
    expect(destinationIn("وخلال زيارته الرسمية الى نابولي التقى رئيس البلدية.", "نابولي")).toBe(true);
    expect(destinationIn("The minister arrived in Seville and then travelled to Porto.", "Porto")).toBe(true);
  });

  it("is the object of a verb of visiting", () => {
    expect(destinationIn("وزار الرئيس ميلانو الأسبوع الماضي.", "ميلانو")).toBe(true);
    expect(destinationIn("The delegation visited Turin on Monday.", "Turin")).toBe(true);
  });

  it("is not a name that goes somewhere itself, nor one after a preposition with no going", () => {
    expect(destinationIn("ووصل فالنسيا إلى المباراة النهائية.", "فالنسيا")).toBe(false);
    expect(destinationIn("وانضم اللاعب إلى فالنسيا في الصيف.", "فالنسيا")).toBe(false);
    expect(destinationIn("وصل الوفد أمس، وتحدث إلى فالنسيا.", "فالنسيا")).toBe(false);
    expect(destinationIn("زار الوفد المدينة، وهزم فالنسيا ضيفه.", "فالنسيا")).toBe(false);
  });

  it("does not reach over the end of a line", () => {
    expect(destinationIn("وصل الوفد إلى\nفالنسيا", "فالنسيا")).toBe(false);
  });
});
