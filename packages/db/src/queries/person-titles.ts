import { entities } from "@marsad/schema/tables";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";

/**
 * A person's current rank or role as a column: the one printed by their latest article that prints
 * it (latest by publication date, undated articles after dated ones, then by arrival). Rank and role
 * are read apart because a report often gives only one of them. Written with table names: inside a
 * select list drizzle prints columns unqualified, and "id" must be the outer entity's.
 */
function latestPrinted(field: "rank" | "role"): SQL<string | null> {
  const column = sql.raw(`ae.${field}`);
  return sql<string | null>`(
    select ${column} from article_entities ae join articles a on a.id = ae.article_id
    where ae.entity_id = "entities"."id" and ${column} is not null
    order by a.published_at desc nulls last, a.created_at desc limit 1)`;
}

/** `rank` and `role` columns for a select from `entities`. */
export function latestTitleColumns() {
  return { rank: latestPrinted("rank"), role: latestPrinted("role") };
}

export interface PersonTitle {
  rank: string | null;
  role: string | null;
}

/** The current rank and role of each of these entities (by id); entities without either are left out. */
export async function getLatestTitles(db: Db, ids: string[]): Promise<Map<string, PersonTitle>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: entities.id, ...latestTitleColumns() })
    .from(entities)
    .where(inArray(entities.id, ids));
  return new Map(
    rows.filter((r) => r.rank !== null || r.role !== null).map((r) => [r.id, { rank: r.rank, role: r.role }]),
  );
}

/** Directory rows with each person's current rank and role (null for other kinds of entity). */
export async function withLatestTitles<Row extends { id: string; type: string }>(
  db: Db,
  rows: Row[],
): Promise<(Row & PersonTitle)[]> {
  const titles = await getLatestTitles(
    db,
    rows.filter((r) => r.type === "person").map((r) => r.id),
  );
  return rows.map((r) => {
    const title = r.type === "person" ? titles.get(r.id) : undefined;
    return { ...r, rank: title?.rank ?? null, role: title?.role ?? null };
  });
}
