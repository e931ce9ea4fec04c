import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { placeStateOfRow } from "./place-state-of-row";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.kind, l.country]);

describe("the state a listed place is given", () => {
  it("gives a city of contested sovereignty no state", () => {
    const places = placesOf("لقاء\n\nعمان - وكالات\n\nبحث الوزيران أمس أوضاع المقدسات في القدس وسبل دعم سكانها.");
    expect(places).toContainEqual(["القدس", "city", null]);
  });

  it("reads an overseas department as a region of its state", () => {
    const places = placesOf("تعاون\n\nروزو - وكالات\n\nسيستقبل المستشفى الجديد مرضى من مارتينيك وغوادلوب المجاورتين.");
    expect(places).toContainEqual(["مارتينيك", "region", "FR"]);
    expect(places).toContainEqual(["غوادلوب", "region", "FR"]);
  });

  it("keeps a territory with its own code a country", () => {
    expect(placeStateOfRow("country:AI", "country", "AI")).toEqual({ kind: "country", country: "AI" });
  });
});

describe("regions that span states", () => {
  it("gives a mountain range across borders no state", () => {
    const places = placesOf("سياحة\n\nمدريد - وكالات\n\nارتفع عدد زوار جبال البرانس هذا الشتاء بعد تساقط الثلوج في إسبانيا وفرنسا.");
    expect(places).toContainEqual(["جبال البرانس", "region", null]);
  });

  it("reads the eastern Caribbean whole, with no state", () => {
    const places = placesOf("زيارة\n\nالقاهرة - وكالات\n\nوصلت سفينة مصرية إلى دول شرق الكاريبي في أول جولة لها.");
    expect(places).toContainEqual(["شرق الكاريبي", "region", null]);
  });
});
