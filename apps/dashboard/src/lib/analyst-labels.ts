import type { EntityType, EventType } from "@marsad/schema/tables";

/** Bilingual names of event and entity types, Arabic first like the rest of the interface. */
export const EVENT_TYPE_LABELS: Record<EventType, { ar: string; en: string }> = {
  visit: { ar: "زيارة", en: "visit" },
  meeting: { ar: "اجتماع", en: "meeting" },
  agreement: { ar: "اتفاق", en: "agreement" },
  conference: { ar: "مؤتمر", en: "conference" },
  reception: { ar: "استقبال", en: "reception" },
  statement: { ar: "تصريح", en: "statement" },
  other: { ar: "أخرى", en: "other" },
};

export const ENTITY_TYPE_LABELS: Record<EntityType, { ar: string; en: string }> = {
  person: { ar: "شخص", en: "person" },
  organization: { ar: "جهة", en: "organization" },
  place: { ar: "مكان", en: "place" },
  country: { ar: "دولة", en: "country" },
};

const arabicRegions = new Intl.DisplayNames(["ar"], { type: "region", style: "short" });

/** A state's Arabic name from its ISO code (Node and browsers both ship full ICU); the code if unknown. */
export function countryName(code: string): string {
  try {
    return arabicRegions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
