import type { AlertFacts } from "@marsad/schema/zod";
import { describe, expect, it } from "vitest";
import type { AlertWords } from "./alert-message";
import { alertText, bilingualAlertText } from "./alert-text";

const NO_FACTS: AlertFacts = {
  eventType: null,
  countries: [],
  date: null,
  eventSummary: null,
  entityName: null,
  rank: null,
  role: null,
  topic: null,
  query: null,
};

const alert = (over: Omit<Partial<AlertWords>, "facts"> & { facts?: Partial<AlertFacts> }): AlertWords => ({
  kind: "new-event",
  ruleLabel: "EG–PK",
  articleTitle: "مباحثات عسكرية في إسلام آباد",
  ...over,
  facts: { ...NO_FACTS, ...over.facts },
});

// Invented facts; the summary stays in the language its article printed it in.
const AGREEMENT = alert({
  facts: { eventType: "agreement", countries: ["EG", "PK"], date: "2026-03-02", eventSummary: "اتفاق تعاون دفاعي بين البلدين" },
});
// The isolates around data (FSI … PDI), as `<bdi>` in the page.
const bdi = (text: string) => `\u2068${text}\u2069`;

describe("an alert worded in the reader's language", () => {
  it("a new event: the type and the states in that language, the summary as printed", async () => {
    const ar = await alertText("ar", AGREEMENT);
    expect(ar.split("\n")).toEqual([`حدث جديد (اتفاق): ${bdi("اتفاق تعاون دفاعي بين البلدين")}`, "الدول: مصر، باكستان", "اليوم: 2026-03-02"]);
    const en = await alertText("en", AGREEMENT);
    expect(en.split("\n")).toEqual([
      `New event (agreement): ${bdi("اتفاق تعاون دفاعي بين البلدين")}`,
      "States: Egypt, Pakistan",
      "Day: 2026-03-02",
    ]);
  });

  it("a report of a known event, and one whose event was deleted since (its type kept, the article named)", async () => {
    expect(await alertText("en", { ...AGREEMENT, kind: "new-report" })).toMatch(/^New report of an earlier event \(agreement\)/);
    const gone = alert({ facts: { eventType: "visit" } });
    expect(await alertText("ar", gone)).toBe(`حدث (زيارة) ورد في ${bdi("مباحثات عسكرية في إسلام آباد")}`);
  });

  it("mentions and titles name the person as printed; an untitled article is named in the reader's language", async () => {
    const mention = alert({ kind: "mention", articleTitle: null, facts: { entityName: "صدام حفتر" } });
    expect(await alertText("ar", mention)).toBe(`ورد ذكر ${bdi("صدام حفتر")} في ${bdi("مقال بلا عنوان")}`);
    expect(await alertText("en", mention)).toBe(`${bdi("صدام حفتر")} is named in ${bdi("an untitled article")}`);
    const title = alert({ kind: "new-title", facts: { entityName: "صدام حفتر", rank: "الفريق", role: "رئيس الأركان" } });
    expect(await alertText("en", title)).toBe(`${bdi("صدام حفتر")} appears with a new title: ${bdi("الفريق · رئيس الأركان")}`);
  });

  it("a topic is read from the catalogue, a saved search keeps the analyst's words", async () => {
    expect(await alertText("ar", alert({ kind: "topic", ruleLabel: "training", facts: { topic: "training" } }))).toBe(
      `في موضوع التدريب: ${bdi("مباحثات عسكرية في إسلام آباد")}`,
    );
    expect(await alertText("en", alert({ kind: "search", ruleLabel: "x", facts: { query: "الصناعات الدفاعية" } }))).toBe(
      `Matches the saved search ${bdi("الصناعات الدفاعية")}: ${bdi("مباحثات عسكرية في إسلام آباد")}`,
    );
  });

  it("the Atom feed says it in Arabic, then in English", async () => {
    const both = await bilingualAlertText(AGREEMENT);
    expect(both.split("\n\n")).toEqual([await alertText("ar", AGREEMENT), await alertText("en", AGREEMENT)]);
  });
});
