import { users, watchlists } from "@marsad/schema/tables";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { InvalidCursorError } from "./cursor-time";
import { insertWatchlist, listWatchlistPage, type WatchlistPagePosition, type WatchViewer } from "./watchlists";

/*
 * The watchlists list a page at a time: walking older then newer visits every visible watchlist
 * once, in order, for the open dashboard and for a user who sees their own and the shared ones;
 * and a page reads a page's worth of index entries, not every watchlist.
 */

const handle = useTestDatabase();
const open: WatchViewer = { reader: "open", userId: null, seesAll: true };
let mine: WatchViewer;
/** Names of the watchlists newest first, as the open dashboard lists them. */
let everyName: string[];
let mineOrShared: string[];

beforeAll(async () => {
  const db = handle.db;
  const [me, them] = await db
    .insert(users)
    .values([
      { username: "paging-me", passwordHash: "x" },
      { username: "paging-them", passwordHash: "x" },
    ])
    .returning({ id: users.id });
  mine = { reader: me!.id, userId: me!.id, seesAll: false };
  // 23 watchlists: every third one mine, every fourth shared (some of mine too), the rest theirs;
  // three share one creation time, so the id alone orders them.
  const made: Array<{ name: string; visible: boolean }> = [];
  for (let i = 0; i < 23; i++) {
    const owned = i % 3 === 0;
    const shared = i % 4 === 0;
    const w = await insertWatchlist(db, { ownerId: owned ? me!.id : them!.id, name: `list ${i}`, shared, webhookUrl: null, webhookSecret: null }, []);
    const at = i >= 10 && i < 13 ? "2026-01-01T00:00:10Z" : new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    await db.update(watchlists).set({ createdAt: new Date(at) }).where(eq(watchlists.id, w.id));
    made.push({ name: w.name, visible: owned || shared });
  }
  const order = await db.select({ name: watchlists.name, id: watchlists.id }).from(watchlists).orderBy(sql`created_at desc, id desc`);
  everyName = order.map((r) => r.name);
  const visible = new Set(made.filter((m) => m.visible).map((m) => m.name));
  mineOrShared = everyName.filter((n) => visible.has(n));
}, 60_000);

/** Every page from the first, following `older`; then back, following `newer`. */
async function walk(viewer: WatchViewer, size: number) {
  const forth: string[][] = [];
  let from: WatchlistPagePosition = {};
  const cursors: Array<string | null> = [];
  for (;;) {
    const page = await listWatchlistPage(handle.db, viewer, size, from);
    forth.push(page.items.map((w) => w.name));
    cursors.push(page.newer);
    if (!page.older) break;
    from = { after: page.older };
  }
  const back: string[][] = [];
  let newer = cursors[cursors.length - 1] ?? null;
  while (newer) {
    const page = await listWatchlistPage(handle.db, viewer, size, { before: newer });
    back.unshift(page.items.map((w) => w.name));
    newer = page.newer;
  }
  return { forth, back, firstNewer: cursors[0] };
}

describe("listWatchlistPage", () => {
  it("walks the open dashboard's watchlists a page at a time, both ways", async () => {
    const { forth, back, firstNewer } = await walk(open, 5);
    expect(forth.flat()).toEqual(everyName);
    expect(forth.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    expect(firstNewer).toBeNull();
    expect(back).toEqual(forth.slice(0, -1));
  });

  it("walks a user's own and the shared watchlists, each once", async () => {
    const { forth, back } = await walk(mine, 4);
    expect(forth.flat()).toEqual(mineOrShared);
    expect(back).toEqual(forth.slice(0, -1));
  });

  it("refuses a cursor it did not make", async () => {
    await expect(listWatchlistPage(handle.db, open, 5, { after: "bm90IGEgY3Vyc29y" })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("returns to a whole first page when newer watchlists were deleted", async () => {
    const first = await listWatchlistPage(handle.db, open, 5, {});
    const second = await listWatchlistPage(handle.db, open, 5, { after: first.older! });
    await handle.db.delete(watchlists).where(eq(watchlists.id, first.items[0]!.id));
    const back = await listWatchlistPage(handle.db, open, 5, { before: second.newer! });
    expect(back.items.map((w) => w.name)).toEqual(everyName.slice(1, 6));
    expect(back.newer).toBeNull();
  });
  // Last: it adds thousands of watchlists (older than the others) for the planner to weigh.
  it("reads one page's worth of the index from the cursor on, not every watchlist", async () => {
    const db = handle.db;
    await db.execute(sql`insert into watchlists (name, created_at)
      select 'old list ' || g, timestamptz '2025-01-01' + g * interval '1 minute' from generate_series(1, 5000) g`);
    await db.execute(sql`analyze watchlists`);
    const first = await listWatchlistPage(db, open, 50, {});
    const [cursor] = await db.execute<{ id: string; at: string }>(
      sql`select id, created_at::text as at from watchlists where id = ${first.items[first.items.length - 1]!.id}`,
    );
    const plan = await db.execute<{ "QUERY PLAN": string }>(sql`explain (analyze, costs off)
      select id from watchlists where (created_at, id) < (${cursor!.at}::timestamptz, ${cursor!.id}::uuid)
      order by created_at desc, id desc limit 51`);
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toContain("Sort");
    expect(text).toMatch(/Index (Only )?Scan Backward using watchlists_created_at_id_idx on watchlists \(actual time=[\d.]+ rows=51 loops=1\)/);
  });
});
