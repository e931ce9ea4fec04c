import { articleEntities, articles } from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";

/** One rank-and-role an entity held, as articles of known date tell it. */
export interface DatedTitle {
  /** The rank as most articles print it; `printedRanks` holds every printed form (the evidence). */
  rank: string | null;
  printedRanks: string[];
  /** Ladder step and NATO grade of the rank (see `rank_key`), null for no military rank. */
  rankKey: string | null;
  rankGrade: number | null;
  role: string | null;
  firstSeen: string;
  lastSeen: string;
  /** The rank is above every rank told earlier: a promotion. */
  promotion: boolean;
  articleIds: string[];
}

/** A rank-and-role told only by articles whose publication date is unknown. */
export interface UndatedTitle extends Omit<DatedTitle, "firstSeen" | "lastSeen" | "promotion"> {
  /** When the first and last of those articles arrived: a hint, not a date of the title. */
  firstArrived: Date;
  lastArrived: Date;
}

/**
 * An entity's ranks and roles over time: a career in order. Titles told by articles of known
 * publication date are ordered by when they were first told, then by their rank's ladder grade
 * (a career climbs); a rank above every earlier one is marked a promotion. Titles told only by
 * undated articles are listed apart, with their arrival as a hint — never placed on the arrival day.
 */
export async function getEntityTitles(db: Db, entityId: string): Promise<{ titles: DatedTitle[]; undatedTitles: UndatedTitle[] }> {
  // One title whatever the spelling of its rank (الفريق ركن and Lt. Gen. are one step), counted in
  // Postgres: a much reported person's rows never travel. Articles of known and unknown date apart.
  const title = sql`coalesce(${articleEntities.rankKey}, ${articleEntities.rank})`;
  const undated = sql<boolean>`${articles.publishedAt} is null`;
  const rows = await db
    .select({
      undated,
      rank: sql<string | null>`mode() within group (order by ${articleEntities.rank})`,
      printedRanks: sql<string[]>`coalesce(array_agg(distinct ${articleEntities.rank}) filter (where ${articleEntities.rank} is not null), '{}')`,
      rankKey: sql<string | null>`max(${articleEntities.rankKey})`,
      rankGrade: sql<number | null>`max(${articleEntities.rankGrade})::int`,
      role: articleEntities.role,
      firstSeen: sql<string | null>`min(${articles.publishedAt})::text`,
      lastSeen: sql<string | null>`max(${articles.publishedAt})::text`,
      firstArrived: sql<Date>`min(${articles.createdAt})`.mapWith(articles.createdAt),
      lastArrived: sql<Date>`max(${articles.createdAt})`.mapWith(articles.createdAt),
      articleIds: sql<string[]>`array_agg(distinct ${articleEntities.articleId})`,
    })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(and(eq(articleEntities.entityId, entityId), sql`(${articleEntities.rank} is not null or ${articleEntities.role} is not null)`))
    .groupBy(title, articleEntities.role, undated);

  const common = (r: (typeof rows)[number]) => ({
    rank: r.rank,
    printedRanks: r.printedRanks,
    rankKey: r.rankKey,
    rankGrade: r.rankGrade,
    role: r.role,
    articleIds: r.articleIds,
  });
  const titles: DatedTitle[] = rows
    .filter((r) => !r.undated)
    .map((r) => ({ ...common(r), firstSeen: r.firstSeen!, lastSeen: r.lastSeen!, promotion: false }))
    .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || (a.rankGrade ?? -1) - (b.rankGrade ?? -1));
  let highest: number | null = null;
  for (const t of titles) {
    if (t.rankGrade === null) continue;
    t.promotion = highest !== null && t.rankGrade > highest;
    highest = Math.max(highest ?? t.rankGrade, t.rankGrade);
  }
  const undatedTitles: UndatedTitle[] = rows
    .filter((r) => r.undated)
    .map((r) => ({ ...common(r), firstArrived: r.firstArrived, lastArrived: r.lastArrived }))
    .sort((a, b) => (b.rankGrade ?? -1) - (a.rankGrade ?? -1) || a.firstArrived.getTime() - b.firstArrived.getTime());
  return { titles, undatedTitles };
}
