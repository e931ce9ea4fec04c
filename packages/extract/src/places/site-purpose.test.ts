import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, publishedHint: "2027-03-02" });
const sites = (text: string) => read(text).locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("what a named ground or camp is for", () => {
  it("keeps the word of a training range in its name, and places what happened there", () => {
    const x = read("وأجرت القوات أمس تمرينا في ميدان سالونا للتدريب، حيث شاركت وحدات من الجيش.");
    expect(x.locations.map((l) => l.name)).toContain("ميدان سالونا للتدريب");
    expect(x.events.find((e) => e.type === "other")?.location).toBe("ميدان سالونا للتدريب");
  });

  it("keeps what a camp houses in its name", () => {
    expect(sites("وزار الوزير أمس مخيم كاسالا لإيواء النازحين برفقة مديرته.")).toContain("مخيم كاسالا لإيواء النازحين");
  });

  it("leaves a purpose of the happening after the place out", () => {
    expect(sites("ونفذت الوحدة دورية قرب ميدان سالونا لمكافحة التهريب.")).not.toContain("ميدان سالونا لمكافحة التهريب");
  });
});
