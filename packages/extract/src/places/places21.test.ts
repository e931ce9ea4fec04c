import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text }).locations;
const placesOf = (text: string) => locationsOf(text).map((l) => l.name);

describe("the seat of a body named by the fields it covers", () => {
  it("keeps the fields joined by و in the site's name", () => {
    const places = placesOf("توقيع\n\nالرباط - وكالات\n\nوقع الطرفان أمس بمقر وزارة الفلاحة والصيد والمياه بالعاصمة مذكرة تفاهم جديدة.");
    expect(places).toContain("مقر وزارة الفلاحة والصيد والمياه");
  });
});

describe("a definite name in -ية after منطقة", () => {
  it("is the area's name, no adjective of the head", () => {
    const locs = locationsOf("تدشين\n\nتونس - وكالات\n\nدشن الوزير أمس مصنعا جديدا بمنطقة الرملية من ولاية صفاقس.");
    const area = locs.find((l) => l.name === "منطقة الرملية");
    expect(area?.aliases).toContain("الرملية");
  });
});

describe("a Tunisian delegation named by معتمدية", () => {
  it("is a region, listed with its bare name as an alias", () => {
    const locs = locationsOf("مشروع\n\nتونس - وكالات\n\nستقام المحطة الجديدة بمعتمدية قرمدة من ولاية قفصة خلال العام المقبل.");
    const area = locs.find((l) => l.name === "معتمدية قرمدة");
    expect(area?.aliases).toContain("قرمدة");
  });
});

describe("السعودية after a quoted name", () => {
  it("is the name's adjective, no place of the story", () => {
    const places = placesOf('صفقة\n\nتونس - وكالات\n\nوقعت الشركة الوطنية للنقل أمس عقدا مع شركة "نجمة الصحراء للخدمات" السعودية لتطوير أسطولها.');
    expect(places).not.toContain("السعودية");
  });
});

describe("a site's venue named by its compass point", () => {
  it("reads المسرح الجنوبي as a place", () => {
    const places = placesOf("مهرجان\n\nعمان - وكالات\n\nأقيم حفل الافتتاح مساء أمس على المسرح الجنوبي بالمدينة القديمة بحضور جمهور كبير.");
    expect(places).toContain("المسرح الجنوبي");
  });
});
