import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { databaseMigratedUpTo } from "./migrations-up-to";

/*
 * Migration 0015 stores alerts once per article, match key and subject: alerts made before it (one
 * per rule) are kept in the new shape, not dropped. Here a database is migrated up to 0014, given
 * alerts of the old shape, then migrated to the end.
 */

let database: Awaited<ReturnType<typeof databaseMigratedUpTo>>;
let sql: postgres.Sql;
let url: string;

beforeAll(async () => {
  database = await databaseMigratedUpTo("0014_alert_facts");
  ({ sql, url } = database);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe("migration 0015: one alert per article, match key and subject", () => {
  it("merges the alerts rules of one key held for an article, keeping read marks per watchlist and webhook deliveries", async () => {
    const [w1, w2] = await sql<Array<{ id: string }>>`insert into watchlists (name) values ('one'), ('two') returning id`;
    const rules = await sql<Array<{ id: string }>>`
      insert into watch_rules (watchlist_id, kind, match_key, label, topic) values
        (${w1!.id}, 'topic', 'topic:economy', 'economy', 'economy'),
        (${w2!.id}, 'topic', 'topic:economy', 'economy', 'economy'),
        (${w2!.id}, 'topic', 'topic:training', 'training', 'training')
      returning id`;
    const [economy1, economy2, training] = rules.map((r) => r.id);
    const [article] = await sql<Array<{ id: string }>>`insert into articles (content_hash) values ('h1') returning id`;
    const alert = async (watchlistId: string, ruleId: string, createdAt: string) =>
      (
        await sql<Array<{ id: string }>>`
          insert into alerts (watchlist_id, rule_id, article_id, kind, subject, created_at)
          values (${watchlistId}, ${ruleId}, ${article!.id}, 'topic', 'topic', ${createdAt}) returning id`
      )[0]!.id;
    const first = await alert(w1!.id, economy1!, "2026-03-01T10:00:00Z");
    const second = await alert(w2!.id, economy2!, "2026-03-01T10:00:01Z");
    const other = await alert(w2!.id, training!, "2026-03-01T10:00:02Z");
    // An alert whose rule is gone (left behind by a matching job racing the rule's delete).
    await sql`insert into alerts (watchlist_id, rule_id, article_id, kind, subject)
      values (${w1!.id}, gen_random_uuid(), ${article!.id}, 'topic', 'topic')`;
    await sql`insert into alert_reads (reader, alert_id) values ('open', ${second}), ('open', ${other})`;
    await sql`insert into webhook_deliveries (watchlist_id, alert_ids) values (${w2!.id}, ${[second, other]}::uuid[])`;

    await migrate(url);

    const stored = await sql<Array<{ id: string; match_key: string; subject: string }>>`select id, match_key, subject from alerts order by match_key`;
    expect(stored.map((a) => [a.id, a.match_key, a.subject])).toEqual([
      [first, "topic:economy", "topic"],
      [other, "topic:training", "topic"],
    ]);
    const reads = await sql<Array<{ reader: string; watchlist_id: string; alert_id: string }>>`select reader, watchlist_id, alert_id from alert_reads`;
    expect(reads.map((r) => [r.reader, r.watchlist_id, r.alert_id]).sort()).toEqual(
      [
        ["open", w2!.id, first],
        ["open", w2!.id, other],
      ].sort(),
    );
    const [delivery] = await sql<Array<{ alert_ids: string[] }>>`select alert_ids from webhook_deliveries`;
    expect([...delivery!.alert_ids].sort()).toEqual([first, other].sort());

    // Deleting one of the two economy rules keeps the key's alert; deleting the last one deletes it.
    await sql`delete from watch_rules where id = ${economy1!}`;
    expect((await sql`select id from alerts where match_key = 'topic:economy'`).length).toBe(1);
    await sql`delete from watch_rules where id = ${economy2!}`;
    expect((await sql`select id from alerts where match_key = 'topic:economy'`).length).toBe(0);
  });
});
