import { describe, expect, it } from "vitest";
import { sameOccasion, type Report } from "./occasion";

// Made-up reports: ids stand for people, places are invented or gazetteer cities.
const report = (over: Partial<Report>): Report => ({
  type: "meeting",
  participants: ["host", "guest"],
  countries: ["EG", "LY"],
  date: "2031-01-10",
  dateStated: true,
  place: { name: "القاهرة", kind: "city", country: "EG" },
  ...over,
});

describe("sameOccasion", () => {
  it("joins a meeting and a reception of the same people, day and place, and says why", () => {
    expect(sameOccasion(report({ type: "reception" }), report({}))).toEqual({
      sharedParticipants: ["host", "guest"],
      date: "same-day",
      place: "same-place",
      types: "meeting~reception",
      countries: ["EG", "LY"],
    });
  });

  it("keeps apart a visit and a meeting, another day, another delegation, a third state", () => {
    expect(sameOccasion(report({ type: "visit" }), report({}))).toBeNull();
    expect(sameOccasion(report({ date: "2031-01-11" }), report({}))).toBeNull();
    expect(sameOccasion(report({ participants: ["host", "other guest"] }), report({}))).toBeNull();
    expect(sameOccasion(report({ countries: ["EG", "SD"] }), report({}))).toBeNull();
  });

  it("a report dated by its publication may be a day late", () => {
    expect(sameOccasion(report({ date: "2031-01-11", dateStated: false }), report({}))?.date).toBe("within-1-days");
  });

  it("a site and a city of one state agree only for dated reports", () => {
    const site = { name: "مقر وزارة الدفاع", kind: "site", country: "EG" };
    expect(sameOccasion(report({ place: site }), report({}))?.place).toBe("same-country");
    expect(sameOccasion(report({ place: site, date: null, dateStated: false }), report({}))).toBeNull();
  });

  it("an undated report joins on all of its people and a stated place, never on one person", () => {
    const undated = { date: null, dateStated: false };
    expect(sameOccasion(report(undated), report({ participants: ["host", "guest", "aide"] }))?.date).toBe("undated");
    expect(sameOccasion(report({ ...undated, participants: ["guest"] }), report({}))).toBeNull();
    expect(sameOccasion(report({ ...undated, place: { name: null, kind: null, country: null } }), report({}))).toBeNull();
  });

  it("one named person joins only the same states on a dated day", () => {
    expect(sameOccasion(report({ participants: ["guest"] }), report({}))?.sharedParticipants).toEqual(["guest"]);
    expect(sameOccasion(report({ participants: ["guest"], countries: ["LY"] }), report({}))).toBeNull();
  });
});
