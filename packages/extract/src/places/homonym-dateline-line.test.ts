import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const read = (text: string) => extractArticle({ text, fileName: "t.txt" });

describe("a town whose name is a common word, opening a line before a dash", () => {
  const text =
    "الأحد 9 نيسان 2028\n\nاتفاقية لنقل الحبوب\n\nالمفرق – الغد\n\nزار وفد من محافظة البصرة العراقية أمس المنطقة الصناعية لبحث نقل الحبوب إلى العراق عبر الطريق الدولي، وتصديرها بعد ذلك إلى العراق.\n\nوقال رئيس البلدية، سامر الخوالدة، إن المشروع سيوفر فرص عمل للشباب.";

  it("is the dateline's town, though the outlet after the dash is not known", () => {
    expect(read(text).locations.map((l) => `${l.name}:${l.country}`)).toContain("المفرق:JO");
  });

  it("gives the state the report is written from to an office that names none", () => {
    expect(read(text).persons.find((p) => p.name === "سامر الخوالدة")?.country).toBe("JO");
  });
});

describe("الخليج, the Gulf and a daily's name", () => {
  const places = (text: string) => read(text).locations.map((l) => `${l.name}/${l.kind}`);

  it("is the Gulf after the ports or shores of a sea", () => {
    expect(places("تجارة قديمة\n\nكانت المراكب تنقل البخور من موانئ الخليج إلى سواحل الهند.")).toContain("الخليج/region");
  });

  it("is no place opening a line before a dash, where a daily names its section", () => {
    expect(places("الخليج - عربي ودولي\n\nعقد الوزيران اجتماعا في القاهرة أمس.")).not.toContain("الخليج/region");
  });
});
