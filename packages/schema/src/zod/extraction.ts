import { z } from "zod";

/** Where a fact was read: `[start, end)` UTF-16 offsets into the extraction's `cleanedText`. */
export const spanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  surface: z.string(),
});
export type Span = z.infer<typeof spanSchema>;

export const extractedPersonSchema = z.object({
  /** Canonical full name without rank or title. */
  name: z.string(),
  /** Other spellings of the name in this article. */
  aliases: z.array(z.string()),
  rank: z.string().nullable(),
  role: z.string().nullable(),
  /** ISO 3166-1 alpha-2 of the state the person serves. */
  country: z.string().nullable(),
  mentions: z.array(spanSchema),
});

export const extractedOrganizationSchema = z.object({
  name: z.string(),
  country: z.string().nullable(),
  mentions: z.array(spanSchema),
});

export const extractedLocationSchema = z.object({
  name: z.string(),
  /**
   * Other forms the article prints the place under: with or without an area head ("محافظة المهرة" /
   * "المهرة"), a state's long form ("دولة الكويت"). Absent in extractions stored before it existed.
   */
  aliases: z.array(z.string()).optional(),
  kind: z.enum(["country", "city", "region", "site"]),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  mentions: z.array(spanSchema),
});

export const extractedEventSchema = z.object({
  type: z.enum(["visit", "meeting", "agreement", "conference", "reception", "statement", "other"]),
  participants: z.array(z.string()),
  countries: z.array(z.string()),
  location: z.string().nullable(),
  /** `YYYY-MM-DD` when stated or derivable from the text. */
  date: z.string().nullable(),
  summary: z.string(),
  evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
});

export const topicSchema = z.enum([
  "military-cooperation",
  "training",
  "border-security",
  "counter-terrorism",
  "migration",
  "defense-industry",
  "maritime-security",
  "intelligence-sharing",
  "regional-stability",
  "politics",
  "economy",
  "other",
]);

/**
 * What the extractor reads out of one article: the gold format of ../shared/gold/FORMAT.md plus
 * offsets, evidence, keywords, a summary and the cleaned text the offsets point into.
 */
export const extractionSchema = z.object({
  extractorVersion: z.string(),
  file: z.string().nullable(),
  language: z.enum(["ar", "en", "other"]),
  title: z.string().nullable(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  /**
   * How the text told `published`: printed (`stated`), printed in the Hijri calendar (`hijri`), from
   * a relative day word beside a printed date (`inferred`), or the caller's hint (`given`). Absent in
   * extractions stored before it existed.
   */
  publishedHow: z.enum(["stated", "hijri", "inferred", "given"]).nullable().optional(),
  cleanedText: z.string(),
  persons: z.array(extractedPersonSchema),
  organizations: z.array(extractedOrganizationSchema),
  locations: z.array(extractedLocationSchema),
  countries: z.array(z.string()),
  events: z.array(extractedEventSchema),
  topics: z.array(topicSchema),
  keywords: z.array(z.string()),
  summary: z.string(),
});

export type Extraction = z.infer<typeof extractionSchema>;
export type ExtractedPerson = z.infer<typeof extractedPersonSchema>;
export type ExtractedEvent = z.infer<typeof extractedEventSchema>;
export type Topic = z.infer<typeof topicSchema>;
