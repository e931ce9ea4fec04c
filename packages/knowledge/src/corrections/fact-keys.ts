/**
 * Stable names of extracted facts (see `fact_corrections` in @marsad/schema). They are built from
 * what reprocessing reproduces — entity ids, character offsets, event ids — so a correction keeps
 * pointing at its fact after the article's rows are deleted and written again.
 */
export const factKeys = {
  mention: (entityId: string, start: number, end: number) => `${entityId}:${start}:${end}`,
  title: (articleId: string, entityId: string) => `${articleId}:${entityId}`,
  participant: (eventId: string, entityId: string) => `${eventId}:${entityId}`,
  event: (eventId: string) => eventId,
  report: (eventId: string, articleId: string) => `${eventId}:${articleId}`,
};
