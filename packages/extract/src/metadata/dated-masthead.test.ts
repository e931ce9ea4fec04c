import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const arBody =
  "\n\nالرياض: سلمى فهد العنزي\n\nأعلنت هيئة الموانئ اليوم أن حجم المناولة في موانئ المملكة ارتفع بنسبة 7 في المائة خلال الربع الثاني، مدفوعا بزيادة حركة الحاويات.\n\nوقالت الهيئة إن ميناء الملك عبد العزيز استحوذ على نحو نصف الزيادة.\n";
const enBody =
  "\n\nCargo volumes at the country's ports rose 7 percent in the second quarter, the ports authority said on Monday, driven by a jump in container traffic.\n\nThe authority said the eastern terminal handled about half of the increase.\n";

describe("a site's dated masthead above the headline", () => {
  it("reads the headline under it, the outlet before its bar and the date in both calendars", () => {
    const x = extractArticle({ text: "المرفأ | الأحد ٤ صفر ١٤٤٩ هـ - ٩ يوليو ٢٠٢٧ م\n\nحركة الموانئ ترتفع 7 % في الربع الثاني" + arBody });
    expect(x.title).toBe("حركة الموانئ ترتفع 7 % في الربع الثاني");
    expect(x.source).toBe("المرفأ");
    expect(x.published).toBe("2027-07-09");
    expect(x.author).toBe("سلمى فهد العنزي");
  });

  it("reads an English masthead with a dash the same way", () => {
    const x = extractArticle({ text: "Harbour Weekly - Monday 12 July 2027\n\nPort volumes up 7% in second quarter" + enBody });
    expect(x.title).toBe("Port volumes up 7% in second quarter");
    expect(x.source).toBe("Harbour Weekly");
    expect(x.published).toBe("2027-07-12");
  });

  it("keeps a dated line with a long text before its date as the headline", () => {
    const x = extractArticle({ text: "Port volumes rose sharply in the second quarter of the year - 12 July 2027" + enBody });
    expect(x.title).toBe("Port volumes rose sharply in the second quarter of the year - 12 July 2027");
  });

  it("reads the headline under a line of the date alone", () => {
    const x = extractArticle({ text: "Friday 9th July 2027\n\nPort volumes up 7% in second quarter" + enBody });
    expect(x.title).toBe("Port volumes up 7% in second quarter");
    expect(x.published).toBe("2027-07-09");
  });
});

describe("the place a writer filed from between the byline's verb and the name", () => {
  it("drops 'من PLACE:' from the byline", () => {
    const x = extractArticle({ text: "حركة الموانئ ترتفع 7 % في الربع الثاني\n\nكتب من جدة: وليد سامي الغامدي" + arBody.replace(/\n\nالرياض: سلمى فهد العنزي/u, "") });
    expect(x.author).toBe("وليد سامي الغامدي");
  });
});
