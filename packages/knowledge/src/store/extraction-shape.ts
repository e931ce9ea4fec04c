/**
 * The parts of an extraction (see `extractionSchema` in @marsad/schema) the knowledge store reads.
 * Declared structurally so the store depends on fields, not on the extractor's internals.
 */
export interface Span {
  start: number;
  end: number;
  surface?: string;
}

export interface StorablePerson {
  name: string;
  aliases: string[];
  rank: string | null;
  role: string | null;
  country: string | null;
  mentions?: Span[] | undefined;
}

export interface StorableOrganization {
  name: string;
  country: string | null;
  mentions?: Span[] | undefined;
}

export interface StorableLocation {
  name: string;
  /** Other printed forms ("محافظة المهرة" of "المهرة"); absent in extractions older than them. */
  aliases?: string[] | undefined;
  kind: string;
  country: string | null;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  mentions?: Span[] | undefined;
}

export interface StorableEvent {
  type: "visit" | "meeting" | "agreement" | "conference" | "reception" | "statement" | "other";
  participants: string[];
  countries: string[];
  location: string | null;
  date: string | null;
  summary: string;
  evidence?: { text: string; start: number; end: number } | null | undefined;
}

export interface StorableExtraction {
  source: string | null;
  persons: StorablePerson[];
  organizations: StorableOrganization[];
  locations: StorableLocation[];
  events: StorableEvent[];
  /** Topic codes of the taxonomy (`topicSchema`). */
  topics?: string[] | undefined;
}
