import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (body: string) =>
  extractArticle({ text: "Test report\n\n" + body + "\n", fileName: "t.txt" }).persons.map((p) => [p.name, p.rank, p.role]);

describe("English offices printed as a title before a name keep the words of their field", () => {
  it("reads 'Defense Production Minister' and 'Information Minister' whole", () => {
    expect(read("The boats will be built at home, Defense Production Minister Omar Haleem Sadiq said.")).toContainEqual(["Omar Haleem Sadiq", null, "Defense Production Minister"]);
    expect(read("Fiji's Information Minister Losana Waqa welcomed the patrol boats.")).toContainEqual(["Losana Waqa", null, "Information Minister"]);
  });

  it("keeps a province before 'Governor' but no weekday", () => {
    expect(read("The camp was visited by Upper Nile Governor Deng Mabior Kuol.")).toContainEqual(["Deng Mabior Kuol", null, "Upper Nile Governor"]);
    expect(read("On Monday Defense Minister Ruben Solano Vega met the press.")).toContainEqual(["Ruben Solano Vega", null, "Defense Minister"]);
  });

  it("reads lower-case offices qualified by their own words before a name", () => {
    expect(read("Former president Anselmo Rivas Teruel criticised the treaty.")).toContainEqual(["Anselmo Rivas Teruel", null, "Former president"]);
    expect(read("The vote passed, while opposition lawmaker Kiri Tomasi Nalu voted against it.")).toContainEqual(["Kiri Tomasi Nalu", null, "opposition lawmaker"]);
    expect(read("MINUSCA force commander Lieutenant General Ramesh Pal Singh toured the base.")).toContainEqual(["Ramesh Pal Singh", "Lieutenant General", "MINUSCA force commander"]);
  });
});
