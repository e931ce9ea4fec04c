import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n") });
const HEAD = "البلدان يوقعان مذكرة للتعاون البحري";

describe("the publication date of a dateline", () => {
  it("takes the Gregorian date of a Hijri dateline that prints both calendars with «الموافق»", () => {
    const x = read(HEAD, "مسقط ٢٣ رمضان ١٤٤٧ هـ الموافق ١٢ مارس ٢٠٢٦ (العمانية) - وقّع قائد خفر السواحل العميد البحري سالم راشد الهنائي اليوم مذكرة تفاهم مع نظيره الهندي لتنسيق الدوريات المشتركة.");
    expect(x.published).toBe("2026-03-12");
    expect(x.source).toBe("العمانية");
  });

  it("dates a yearless dateline by the year of the article's own full dates", () => {
    const x = read(HEAD, "دكا في ٢ مايو (بي إس إس) - وقّع قائد البحرية الأدميرال كريم حسن اليوم مذكرة تفاهم مع نظيره الماليزي لتنسيق الدوريات المشتركة.", "وكان الجانبان قد اتفقا على ذلك خلال اجتماع عقد في ١٤ مارس ٢٠٢٦ في كوالالمبور.");
    expect(x.published).toBe("2026-05-02");
  });

  it("takes the year that puts a yearless dateline nearest a date printed late in the year before", () => {
    const x = read(HEAD, "دكا في ٢ يناير (بي إس إس) - وقّع قائد البحرية الأدميرال كريم حسن اليوم مذكرة تفاهم مع نظيره الماليزي لتنسيق الدوريات المشتركة.", "وكان الجانبان قد اتفقا على ذلك خلال اجتماع عقد في ٢٨ ديسمبر ٢٠٢٥ في كوالالمبور.");
    expect(x.published).toBe("2026-01-02");
  });

  it("leaves a yearless dateline undated when the article prints no year", () => {
    const x = read(HEAD, "دكا في ٢ مايو (بي إس إس) - وقّع قائد البحرية الأدميرال كريم حسن اليوم مذكرة تفاهم مع نظيره الماليزي لتنسيق الدوريات المشتركة.");
    expect(x.published).toBeNull();
  });
});

describe("a dateline closed by a colon after the agency's brackets", () => {
  it("reads the date before '(AGENCY):' as the publication date, and dates 'on Sunday night' against it", () => {
    const x = read(
      "Ferry sinks in lake storm",
      "Dodoma, 9 August 2027 (TNA): A ferry capsized in Lake Victoria off Ukerewe island on Sunday night, leaving at least eight people missing, police said.",
    );
    expect(x.published).toBe("2027-08-09");
    expect(x.events.map((e) => [e.type, e.date])).toEqual([["other", "2027-08-08"]]);
  });

  it("takes no colon after brackets deeper in an undated first line for a dateline", () => {
    const x = read("Ferry sinks in lake storm", "The ministry said (in a statement): a ferry capsized in Lake Victoria off Ukerewe island on Sunday night.");
    expect(x.published).toBeNull();
  });
});
