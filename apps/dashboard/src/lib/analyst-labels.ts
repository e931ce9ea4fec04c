import type { EntityType, EventType } from "@marsad/schema/tables";
import type { Topic } from "@marsad/schema/zod";
import countries from "i18n-iso-countries";
import arabicCountryNames from "i18n-iso-countries/langs/ar.json";

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

/** The topic taxonomy (`topicSchema`), Arabic and English. */
export const TOPIC_LABELS: Record<Topic, { ar: string; en: string }> = {
  "military-cooperation": { ar: "التعاون العسكري", en: "military cooperation" },
  training: { ar: "التدريب", en: "training" },
  "border-security": { ar: "أمن الحدود", en: "border security" },
  "counter-terrorism": { ar: "مكافحة الإرهاب", en: "counter-terrorism" },
  migration: { ar: "الهجرة", en: "migration" },
  "defense-industry": { ar: "الصناعات الدفاعية", en: "defence industry" },
  "maritime-security": { ar: "الأمن البحري", en: "maritime security" },
  "intelligence-sharing": { ar: "تبادل المعلومات الاستخباراتية", en: "intelligence sharing" },
  "regional-stability": { ar: "الاستقرار الإقليمي", en: "regional stability" },
  politics: { ar: "السياسة", en: "politics" },
  economy: { ar: "الاقتصاد", en: "economy" },
  other: { ar: "أخرى", en: "other" },
};

countries.registerLocale(arabicCountryNames);

/**
 * A state's Arabic name from its ISO code; the code if unknown. Read from one bundled list, not
 * Intl.DisplayNames: Node's and Chromium's ICU name some states differently, and a page rendered
 * on the server with one and hydrated with the other failed hydration (React error #418 on the map).
 */
export function countryName(code: string): string {
  return countries.getName(code.toUpperCase(), "ar") ?? code;
}
