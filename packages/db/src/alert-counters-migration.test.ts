import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { databaseMigratedUpTo } from "./migrations-up-to";

/*
 * Migration 0016 fills each watchlist's count of the alerts it shows and each reader's count of
 * those they read, from the alerts and read marks already stored (the unread count reads only
 * them from then on). Here a database at 0015 is given alerts and marks, then migrated.
 */

let database: Awaited<ReturnType<typeof databaseMigratedUpTo>>;
let sql: postgres.Sql;

beforeAll(async () => {
  database = await databaseMigratedUpTo("0015_shared_alerts");
  sql = database.sql;
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe("migration 0016: alert counts", () => {
  it("counts what each watchlist shows and what each reader read of it, as the inbox joins them", async () => {
    const [early, late, none] = await sql<Array<{ id: string }>>`
      insert into watchlists (name) values ('early'), ('late'), ('none') returning id`;
    const [person] = await sql<Array<{ id: string }>>`
      insert into entities (type, canonical_name, name_key) values ('person', 'سالم المختلق', 'سالم المختلق') returning id`;
    const key = `entity:${person!.id}`;
    await sql`
      insert into watch_rules (watchlist_id, kind, match_key, label, topic, entity_id, scope, created_at) values
        (${early!.id}, 'topic', 'topic:economy', 'economy', 'economy', null, 'events', '2026-01-01'),
        (${early!.id}, 'entity', ${key}, 'person', null, ${person!.id}, 'events', '2026-01-01'),
        (${late!.id}, 'topic', 'topic:economy', 'economy', 'economy', null, 'events', '2026-03-01'),
        (${none!.id}, 'topic', 'topic:training', 'training', 'training', null, 'events', '2026-01-01')`;
    const [old, recent] = await sql<Array<{ id: string }>>`
      insert into articles (content_hash, created_at) values ('m16-old', '2026-02-01'), ('m16-new', '2026-04-01') returning id`;
    const alert = async (articleId: string, matchKey: string, subject: string, createdAt: string) =>
      (
        await sql<Array<{ id: string }>>`
          insert into alerts (match_key, article_id, kind, subject, created_at)
          values (${matchKey}, ${articleId}, 'topic', ${subject}, ${createdAt}) returning id`
      )[0]!.id;
    const economyOld = await alert(old!.id, "topic:economy", "topic", "2026-02-01");
    const economyNew = await alert(recent!.id, "topic:economy", "topic", "2026-04-01");
    // The old article reprocessed after 'late' was made: its alert is no news to 'late'.
    await alert(old!.id, key, "event:0:visit", "2026-04-02");
    // A mention, which a rule following only the person's events does not show.
    await alert(recent!.id, key, "mention", "2026-04-01");
    await sql`insert into alert_reads (reader, watchlist_id, alert_id) values
      ('open', ${early!.id}, ${economyOld}), ('open', ${early!.id}, ${economyNew}), ('open', ${late!.id}, ${economyOld}),
      ('u2', ${late!.id}, ${economyNew})`;

    await migrate(database.url);

    const counts = await sql<Array<{ watchlist_id: string; shown: number }>>`select watchlist_id, shown from watchlist_alert_counts`;
    expect(Object.fromEntries(counts.map((c) => [c.watchlist_id, c.shown]))).toEqual({ [early!.id]: 3, [late!.id]: 1, [none!.id]: 0 });
    const reads = await sql<Array<{ reader: string; watchlist_id: string; read: number; read_through: Date | null }>>`
      select reader, watchlist_id, read, read_through from watchlist_read_states`;
    // 'late' never showed the old article's alert: its read mark counts for nothing.
    expect(reads.map((r) => [r.reader, r.watchlist_id, r.read, r.read_through]).sort()).toEqual(
      [
        ["open", early!.id, 2, null],
        ["open", late!.id, 0, null],
        ["u2", late!.id, 1, null],
      ].sort(),
    );
  });
});
