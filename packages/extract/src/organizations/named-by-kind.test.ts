import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-01" });
const orgs = (text: string) => read(text).organizations.map((o) => [o.name, o.country]);

describe("bodies named by their kind, their field or their training", () => {
  it("reads an English regiment by its last word with the capitalized words before it", () => {
    expect(orgs("Harbour Weekly\nColonel Tom Reyes, who leads 40 soldiers from the Kumaon Rifles, said the drill would end on Friday.").map(([n]) => n)).toContain("Kumaon Rifles");
  });

  it("reads an English board, bureau or directorate by its head with the capitalized words before it", () => {
    const names = orgs("Harbour Weekly\nThe Coastal Permits Review Board and the Fisheries Inspection Directorate said on Monday that the quota would stay.").map(([n]) => n);
    expect(names).toContain("Coastal Permits Review Board");
    expect(names).toContain("Fisheries Inspection Directorate");
  });

  it("reads a conference on a region whole, the region no place of the story", () => {
    const x = read("Harbour Weekly\nThe ministers met under the International Conference on the Great Lakes Region in Goma on Monday.");
    expect(x.organizations.map((o) => o.name)).toContain("International Conference on the Great Lakes Region");
    expect(x.locations.map((l) => l.name)).not.toContain("Great Lakes Region");
  });

  it("names a council of a kind alone by ruling and the state it rules", () => {
    expect(orgs("عنوان\nوقال المجلس العسكري الحاكم في النيجر إن القوات انسحبت.")).toContainEqual(["المجلس العسكري الحاكم في النيجر", "NE"]);
  });

  it("still leaves ruling out of a party with a name of its own", () => {
    expect(orgs("عنوان\nوقال حزب التجمع الوطني الحاكم في موريتانيا إن القوات انسحبت.").map(([n]) => n)).toContain("حزب التجمع الوطني");
  });

  it("keeps a training's field after على in an institute's name, not an adverb of the sentence", () => {
    expect(orgs("عنوان\nوشارك الضباط في دورة بمعهد التدريب على عمليات حفظ السلام في عمان.").map(([n]) => n)).toContain("معهد التدريب على عمليات حفظ السلام");
    expect(orgs("عنوان\nوالتقى الوزير طلاب معهد التدريب على هامش الاجتماع.").map(([n]) => n)).not.toContain("معهد التدريب على هامش الاجتماع");
  });
});
