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

interface Told {
  articleId: string;
  rank: string | null;
  rankKey: string | null;
  rankGrade: number | null;
  role: string | null;
  publishedAt: string | null;
  createdAt: Date;
}

// One title whatever the spelling of its rank: الفريق ركن and Lt. Gen. are one step.
const titleKey = (t: Told) => `${t.rankKey ?? t.rank ?? ""}\u0000${t.role ?? ""}`;

function mostPrinted(rows: Told[]): string | null {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.rank) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function group(rows: Told[]): Told[][] {
  const groups = new Map<string, Told[]>();
  for (const r of rows) {
    const g = groups.get(titleKey(r));
    if (g) g.push(r);
    else groups.set(titleKey(r), [r]);
  }
  return [...groups.values()];
}

const common = (g: Told[]) => ({
  rank: mostPrinted(g),
  printedRanks: [...new Set(g.map((r) => r.rank).filter((r): r is string => r !== null))],
  rankKey: g[0]!.rankKey,
  rankGrade: g[0]!.rankGrade,
  role: g[0]!.role,
  articleIds: [...new Set(g.map((r) => r.articleId))],
});

/**
 * An entity's ranks and roles over time: a career in order. Titles told by articles of known
 * publication date are ordered by when they were first told, then by their rank's ladder grade
 * (a career climbs); a rank above every earlier one is marked a promotion. Titles told only by
 * undated articles are listed apart, with their arrival as a hint — never placed on the arrival day.
 */
export async function getEntityTitles(db: Db, entityId: string): Promise<{ titles: DatedTitle[]; undatedTitles: UndatedTitle[] }> {
  const rows: Told[] = await db
    .select({
      articleId: articleEntities.articleId,
      rank: articleEntities.rank,
      rankKey: articleEntities.rankKey,
      rankGrade: articleEntities.rankGrade,
      role: articleEntities.role,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
    })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(and(eq(articleEntities.entityId, entityId), sql`(${articleEntities.rank} is not null or ${articleEntities.role} is not null)`));

  const dated = group(rows.filter((r) => r.publishedAt !== null))
    .map((g) => {
      const days = g.map((r) => r.publishedAt!).sort();
      return { ...common(g), firstSeen: days[0]!, lastSeen: days[days.length - 1]!, promotion: false };
    })
    .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || (a.rankGrade ?? -1) - (b.rankGrade ?? -1));
  let highest: number | null = null;
  for (const t of dated) {
    if (t.rankGrade === null) continue;
    t.promotion = highest !== null && t.rankGrade > highest;
    highest = Math.max(highest ?? t.rankGrade, t.rankGrade);
  }

  const undated = group(rows.filter((r) => r.publishedAt === null))
    .map((g) => {
      const times = g.map((r) => r.createdAt.getTime());
      return { ...common(g), firstArrived: new Date(Math.min(...times)), lastArrived: new Date(Math.max(...times)) };
    })
    .sort((a, b) => (b.rankGrade ?? -1) - (a.rankGrade ?? -1) || a.firstArrived.getTime() - b.firstArrived.getTime());
  return { titles: dated, undatedTitles: undated };
}
