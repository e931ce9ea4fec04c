import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isAgencyCode, knownOutlet, outletCountry, outletOfDomain } from "./outlets";

// Every article below is written for these tests, not taken from a page.

const source = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).source;
const BODY_AR = "توجه وزير الخارجية المصري سامي حسن اليوم إلى روما في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره الإيطالي.";
const BODY_EN = "The German foreign minister travelled to Rome on Monday for a two-day official visit, where he will meet his Italian counterpart.";

describe("the source of a wire report, from where wires sign", () => {
  it("reads an agency code between slashes or brackets opening the body, listed or not", () => {
    expect(source("وزير الخارجية يزور روما", `القاهرة في 5 يناير /أ ش أ/ ${BODY_AR}`)).toBe("أ ش أ");
    expect(source("وزير الخارجية يزور روما", `برلين (د ب أ) - ${BODY_AR}`)).toBe("د ب أ");
    // A code no list holds: the shape of single letters is the evidence.
    expect(source("وزير الخارجية يزور روما", `صنعاء (ي م ن) - ${BODY_AR}`)).toBe("ي م ن");
  });

  it("reads the sign-off closing the report", () => {
    expect(source("وزير الخارجية يزور روما", `${BODY_AR} (رويترز)`)).toBe("رويترز");
    expect(source("وزير الخارجية يزور روما", BODY_AR, "وكالات")).toBe("وكالات");
    expect(source("Minister visits Rome", BODY_EN, "He stressed the importance of ties between the two countries. — Xinhua")).toBe("Xinhua");
  });

  it("prefers the credit line of the header to an agency a paragraph cites", () => {
    expect(source("وزير الخارجية يزور روما", "(د ب أ)", BODY_AR, "وأضاف الوزير أن العلاقات بين البلدين متينة في كل المجالات كما نقلت عنه (قنا)")).toBe("د ب أ");
  });

  it("reads an agency named with a verb of reporting in the first sentences", () => {
    expect(source("Minister visits Rome", "The German foreign minister travelled to Rome on Monday for a two-day official visit, Reuters reported, citing officials in Berlin.")).toBe("Reuters");
    expect(source("وزير الخارجية يزور روما", "ذكرت وكالة الأنباء الألمانية أن وزير الخارجية الألماني توجه اليوم إلى روما في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره.")).toBe("وكالة الأنباء الألمانية");
  });

  it("reads a wire's house credit line closing the report", () => {
    expect(source("Minister visits Rome", BODY_EN, "(Reporting by Lina Haddad in Berlin; Editing by Tom Gray)")).toBe("Reuters");
    expect(source("Minister visits Rome", BODY_EN, "Associated Press writer Paul Kerr in Berlin contributed to this report.")).toBe("AP");
    expect(source("وزير الخارجية يزور روما", BODY_AR, "نقلاً عن صحيفة الساعة")).toBe("صحيفة الساعة");
  });

  it("reads the agency of a dateline on its own line, glued to the date or quoted after the place", () => {
    expect(source("وزير الخارجية يزور روما", `القاهرة في 5 يناير/ وام/ ${BODY_AR}`)).toBe("وام");
    expect(source("وزير الخارجية يزور روما", "القاهرة 16 رجب 1447 هـ الموافق 5 يناير 2026 م واس", BODY_AR)).toBe("واس");
    // A paper's own correspondent: the quotes are the evidence, the name need not be listed.
    expect(source("وزير الخارجية يزور روما", "روما: «صحيفة المساء»", BODY_AR)).toBe("صحيفة المساء");
  });

  it("takes an agency quoted after the lead for a quotation, not the publisher", () => {
    // An agency a speaker talks to is the publisher when nothing signs the report (spoken-to.ts).
    expect(source("Minister visits Rome", `${BODY_EN} The minister told Reuters the visit would deepen trade ties.`)).toBe("Reuters");
    expect(source("Minister visits Rome", `${BODY_EN} He was quoted by AFP as saying the talks were useful.`)).toBeNull();
    const lead = "وصل وزير الخارجية الألماني إلى روما اليوم. واستقبله في المطار عدد من المسؤولين. وتستمر الزيارة يومين.";
    expect(source("وزير الخارجية يزور روما", `${lead} وذكرت وكالة رويترز أن الوزيرين سيبحثان ملف الهجرة.`)).toBeNull();
  });

  it("has no source when nothing signs the report", () => {
    expect(source("وزير الخارجية يزور روما", BODY_AR, "وأكد الوزير أهمية العلاقات بين البلدين في كل المجالات والقطاعات.")).toBeNull();
  });
});

describe("the agency signing a report is no place or body of the story", () => {
  it("even when a proclitic-like letter opens its name", () => {
    const x = extractArticle({ text: `وزير الخارجية يزور روما\nعمان (بترا) - ${BODY_AR}` });
    expect(x.source).toBe("بترا");
    expect(x.locations.map((l) => l.name)).not.toContain("ترا");
    expect(x.organizations.map((o) => o.name)).not.toContain("بترا");
  });
});

describe("outlets lexicon", () => {
  it("knows agencies by name, code and domain", () => {
    expect(knownOutlet("وكالة رويترز")?.en).toContain("Reuters");
    expect(knownOutlet("أ.ش.أ")?.en).toContain("MENA");
    expect(outletOfDomain("https://www.aa.com.tr/ar/x", true)).toBe("الأناضول");
    expect(outletOfDomain("reuters.com", false)).toBe("Reuters");
    expect(outletOfDomain("example.org", false)).toBeNull();
  });

  it("knows Arab and world papers, channels and sites with the state they are based in", () => {
    expect(outletOfDomain("https://www.almayadeen.net/news/x", true)).toBe("الميادين");
    expect(outletOfDomain("gulf-times.com", false)).toBe("Gulf Times");
    expect(outletCountry("Kuwait Times")).toBe("KW");
    expect(outletCountry("العين الإخبارية")).toBe("AE");
    expect(outletCountry("وكالات")).toBeNull();
    expect(source("وزير الخارجية يزور روما", `بيروت (الميادين) - ${BODY_AR}`)).toBe("الميادين");
  });

  it("tells an agency code from ordinary words", () => {
    expect(isAgencyCode("د ب أ")).toBe(true);
    expect(isAgencyCode("أ.ف.ب")).toBe(true);
    expect(isAgencyCode("الدفاع")).toBe(false);
    expect(isAgencyCode("في عمان")).toBe(false);
  });
});
