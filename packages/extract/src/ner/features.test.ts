import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { tokenCues } from "./cues";
import { sentenceFeatures } from "./features";
import { hashString } from "./hash";
import { wordForms } from "./word-forms";

// Sentences written for these tests.
const noNames = () => null;

describe("word forms", () => {
  it("takes proclitics off: و ف ب ك ل ال لل and their combinations", () => {
    expect(wordForms("والمدينه")).toMatchObject({ bare: "مدينه", clitic: "وال" });
    expect(wordForms("بالقاهره")).toMatchObject({ bare: "قاهره", clitic: "بال" });
    expect(wordForms("للعراق")).toMatchObject({ bare: "عراق", clitic: "لل" });
    expect(wordForms("وللجيش")).toMatchObject({ bare: "جيش", clitic: "ولل" });
    expect(wordForms("فسامر")).toMatchObject({ bare: "سامر", clitic: "ف" });
  });

  it("leaves short words and Latin words whole, and cuts one common suffix for the stem", () => {
    expect(wordForms("ولد")).toMatchObject({ bare: "ولد", clitic: "" });
    expect(wordForms("london")).toMatchObject({ bare: "london", clitic: "", stem: "london" });
    expect(wordForms("الفرنسيه").stem).toBe("فرنس");
  });
});

describe("features", () => {
  const feats = (text: string) => {
    const tokens = tokenize(text);
    return { tokens, f: sentenceFeatures(tokens, 0, tokens.length, tokenCues(tokens, text, noNames)) };
  };

  it("gives a word the same own features wherever it stands, and different context features", () => {
    const a = feats("وصل كمال الشريف إلى المدينة");
    const b = feats("غادر كمال المدينة مساء");
    const own = hashString("w=كمال");
    expect(a.f[1]).toContain(own);
    expect(b.f[1]).toContain(own);
    expect(a.f[1]).not.toEqual(b.f[1]);
  });

  it("marks gazetteer places, speech verbs, 'his counterpart' and role heads as cues of the neighbours", () => {
    const text = "وقال نظيره المصري إن وزير الدفاع زار القاهرة";
    const tokens = tokenize(text);
    const cues = tokenCues(tokens, text, noNames);
    const cue = (name: string) => hashString(`cue:${name}`);
    expect(cues[0]).toContain(cue("speech"));
    expect(cues[1]).toContain(cue("counterpart"));
    expect(cues[2]).toContain(cue("dem:B"));
    expect(cues[4]).toContain(cue("role:B"));
    expect(cues[7]).toContain(cue("pl:B:city"));
  });

  it("reads the names lexicon for the word or its bare form", () => {
    const text = "وسامر يتحدث";
    const tokens = tokenize(text);
    const cues = tokenCues(tokens, text, (k) => (k === "سامر" ? "PERS:3" : null));
    expect(cues[0]).toContain(hashString("cue:lex:PERS:3"));
  });
});
