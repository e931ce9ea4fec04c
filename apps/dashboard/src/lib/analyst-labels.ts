import type { EntityType, EventType } from "@marsad/schema/tables";
import type { Topic } from "@marsad/schema/zod";
import countries from "i18n-iso-countries";
import arabicCountryNames from "i18n-iso-countries/langs/ar.json";
import englishCountryNames from "i18n-iso-countries/langs/en.json";
import type { MessageKey } from "../i18n/message-key";

/** The catalogue keys of event types, entity types and topics (`enums.*` in messages/*.json). */
export const EVENT_TYPE_LABELS: Record<EventType, MessageKey> = {
  visit: "enums.eventType.visit",
  meeting: "enums.eventType.meeting",
  agreement: "enums.eventType.agreement",
  conference: "enums.eventType.conference",
  reception: "enums.eventType.reception",
  statement: "enums.eventType.statement",
  other: "enums.eventType.other",
};

export const ENTITY_TYPE_LABELS: Record<EntityType, MessageKey> = {
  person: "enums.entityType.person",
  organization: "enums.entityType.organization",
  place: "enums.entityType.place",
  country: "enums.entityType.country",
};

/** The topic taxonomy (`topicSchema`). */
export const TOPIC_LABELS: Record<Topic, MessageKey> = {
  "military-cooperation": "enums.topic.military-cooperation",
  training: "enums.topic.training",
  "border-security": "enums.topic.border-security",
  "counter-terrorism": "enums.topic.counter-terrorism",
  migration: "enums.topic.migration",
  "defense-industry": "enums.topic.defense-industry",
  "maritime-security": "enums.topic.maritime-security",
  "intelligence-sharing": "enums.topic.intelligence-sharing",
  "regional-stability": "enums.topic.regional-stability",
  politics: "enums.topic.politics",
  economy: "enums.topic.economy",
  other: "enums.topic.other",
};

countries.registerLocale(arabicCountryNames);
countries.registerLocale(englishCountryNames);

/**
 * A state's name in Arabic or English from its ISO code; the code if unknown. Read from one bundled list, not
 * Intl.DisplayNames: Node's and Chromium's ICU name some states differently, and a page rendered
 * on the server with one and hydrated with the other failed hydration (React error #418 on the map).
 */
export function countryName(code: string, locale: "ar" | "en" = "ar"): string {
  return countries.getName(code.toUpperCase(), locale) ?? code;
}
