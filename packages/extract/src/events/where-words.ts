/**
 * "حيث", "وحيث", "where": after a place (or an occasion) the clause that follows tells what was
 * done there — a visit's host, an agreement, a more specific place within it. The event readers
 * that follow such a clause share these words.
 */
export const WHERE_WORDS: ReadonlySet<string> = new Set(["حيث", "وحيث", "where"]);
