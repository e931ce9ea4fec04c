/** The article filters as they appear in the page's URL (every value a string; empty means absent). */
export interface ArticleFilterValues {
  q: string;
  status: string;
  source: string;
  country: string;
  personId: string;
  eventType: string;
  topic: string;
  from: string;
  to: string;
  sort: string;
}

export const FILTER_KEYS = ["q", "status", "source", "country", "personId", "eventType", "topic", "from", "to", "sort"] as const;
