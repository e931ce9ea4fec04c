import { articles } from "@marsad/schema/tables";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ArticleLabelRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  /** The first 200 characters of the text, for an article without a title. */
  preview: string | null;
}

/**
 * What names each of these articles in a list that only holds their ids (the queue's jobs): title,
 * URL, source and the start of the text. Ids that are not UUIDs (a job's data is not validated
 * here) or name no stored article are left out.
 */
export async function getArticleLabels(db: Db, ids: string[]): Promise<Map<string, ArticleLabelRow>> {
  const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (valid.length === 0) return new Map();
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      url: articles.url,
      source: articles.source,
      preview: sql<string | null>`left(coalesce(${articles.cleanedText}, ${articles.rawText}), 200)`,
    })
    .from(articles)
    .where(inArray(articles.id, valid));
  return new Map(rows.map((r) => [r.id, r]));
}
