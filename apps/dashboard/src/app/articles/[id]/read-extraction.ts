/**
 * A display model of an article's extraction document. The page reads the stored JSON leniently
 * (every field optional, names or objects accepted) so that an older or newer extractor's output
 * still shows what it can instead of breaking the page.
 */
export interface PersonView {
  name: string;
  rank: string | null;
  role: string | null;
  country: string | null;
}
export interface NamedView {
  name: string;
  /** Kind and state as stored (`city`, `EG`): the page names them in the interface's language. */
  details: string[];
}
export interface EventView {
  type: string | null;
  participants: string[];
  date: string | null;
  location: string | null;
  summary: string | null;
}
export interface ExtractionView {
  summary: string | null;
  persons: PersonView[];
  organizations: NamedView[];
  locations: NamedView[];
  events: EventView[];
  topics: string[];
  keywords: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string for display: strings and numbers as they are, objects by their name-like field. */
function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number") return String(value);
  if (isObject(value)) {
    for (const key of ["name", "label", "canonical", "text", "value", "ar", "en"]) {
      const found = text(value[key]);
      if (found) return found;
    }
  }
  return null;
}

function firstText(object: Json, keys: string[]): string | null {
  for (const key of keys) {
    const found = text(object[key]);
    if (found) return found;
  }
  return null;
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function texts(value: unknown): string[] {
  return items(value)
    .map(text)
    .filter((t): t is string => t !== null);
}

function named(value: unknown, detailKeys: string[]): NamedView[] {
  return items(value).flatMap((item) => {
    const name = text(item);
    if (!name) return [];
    const details = isObject(item)
      ? detailKeys.map((k) => text(item[k])).filter((t): t is string => t !== null)
      : [];
    return [{ name, details }];
  });
}

export function readExtraction(document: unknown): ExtractionView | null {
  if (!isObject(document)) return null;
  return {
    summary: text(document.summary),
    persons: items(document.persons).flatMap((item) => {
      const name = text(item);
      if (!name) return [];
      const p = isObject(item) ? item : {};
      return [
        {
          name,
          rank: firstText(p, ["rank", "title"]),
          role: firstText(p, ["role", "position", "office"]),
          country: firstText(p, ["country", "nationality", "affiliation"]),
        },
      ];
    }),
    organizations: named(document.organizations, ["type", "kind", "country"]),
    locations: named(document.locations, ["type", "kind", "country"]),
    events: items(document.events).flatMap((item) => {
      if (!isObject(item)) return [];
      const event: EventView = {
        type: firstText(item, ["type", "kind", "category"]),
        participants: texts(item.participants),
        date: firstText(item, ["date", "when", "time"]),
        location: firstText(item, ["location", "place", "where"]),
        summary: firstText(item, ["summary", "description", "text", "trigger"]),
      };
      return event.type || event.summary || event.participants.length ? [event] : [];
    }),
    topics: texts(document.topics),
    keywords: texts(document.keywords),
  };
}

export function isEmptyExtraction(view: ExtractionView): boolean {
  return (
    !view.summary &&
    view.persons.length + view.organizations.length + view.locations.length + view.events.length === 0 &&
    view.topics.length + view.keywords.length === 0
  );
}
