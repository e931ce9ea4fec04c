/**
 * "Island Record staff", "By Island Record Staff", "Island Record Staff Reporter": a credit to the
 * outlet's staff as a whole. It names the outlet, not a writer: the words before "staff" are the
 * outlet's name, capitalized, and no staff title ("Senior Staff Reporter" credits a writer's rank).
 */

const STAFF_CREDIT = /^(?:[Bb]y\s+)?((?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3})\s+[Ss]taff(?:\s+(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?))?\.?$/u;
// Words of a staff title, not of an outlet's name.
const TITLE_WORDS = new Set(["Senior", "Chief", "Special", "Junior", "Our", "Editorial", "News"]);

/** The outlet whose staff a line credits, or null. */
export function staffOutlet(text: string): string | null {
  const name = STAFF_CREDIT.exec(text.trim())?.[1];
  if (!name || name.split(/\s+/).every((w) => TITLE_WORDS.has(w))) return null;
  return name;
}
