import { describe, expect, it } from "vitest";
import { isEmptyExtraction, readExtraction } from "./read-extraction";

describe("readExtraction", () => {
  it("reads persons, organizations, locations, events and topics", () => {
    const view = readExtraction({
      summary: "اجتماع عسكري",
      persons: [{ name: "خالد المنصور", rank: "لواء", role: "رئيس الأركان", country: "الأردن" }, "سمير"],
      organizations: [{ name: "وزارة الدفاع", type: "ministry" }],
      locations: [{ name: "عمّان", type: "city", country: { name: "الأردن" } }],
      events: [
        {
          type: "meeting",
          participants: [{ name: "خالد المنصور" }, "سمير"],
          date: "2026-01-11",
          location: { name: "عمّان" },
          summary: "بحث التعاون",
        },
      ],
      topics: ["defense", { label: "cooperation" }],
      keywords: ["تعاون"],
    });
    expect(view?.persons).toEqual([
      { name: "خالد المنصور", rank: "لواء", role: "رئيس الأركان", country: "الأردن" },
      { name: "سمير", rank: null, role: null, country: null },
    ]);
    expect(view?.organizations).toEqual([{ name: "وزارة الدفاع", details: ["ministry"] }]);
    expect(view?.locations).toEqual([{ name: "عمّان", details: ["city", "الأردن"] }]);
    expect(view?.events).toEqual([
      {
        type: "meeting",
        participants: ["خالد المنصور", "سمير"],
        date: "2026-01-11",
        location: "عمّان",
        summary: "بحث التعاون",
      },
    ]);
    expect(view?.topics).toEqual(["defense", "cooperation"]);
  });

  it("tolerates missing or malformed parts", () => {
    expect(readExtraction(null)).toBeNull();
    expect(readExtraction("x")).toBeNull();
    const view = readExtraction({ persons: "nope", events: [1, null, {}], topics: [null, 3] });
    expect(view).not.toBeNull();
    expect(view?.persons).toEqual([]);
    expect(view?.events).toEqual([]);
    expect(view?.topics).toEqual(["3"]);
    expect(isEmptyExtraction(readExtraction({})!)).toBe(true);
  });
});
