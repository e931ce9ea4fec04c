import type { SQL } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "@marsad/db";
import type { Tx } from "./tx";

type Session = Tx["_"]["session"] & { dialect: PgDialect };

/**
 * Runs a statement as a prepared statement (on the transaction's connection, or the pool's). Drizzle sends ad-hoc
 * statements unprepared, and postgres.js then asks Postgres to describe each one before running
 * it: two round trips per statement, and a statement waiting for its description holds back every
 * statement queued after it. Prepared, a text costs one round trip once a connection has seen it,
 * Postgres plans it once, and statements issued without awaiting go out in one write.
 *
 * Only for texts that do not vary with the data (lists travel as one array parameter): every
 * distinct text stays cached on its connection.
 */
export function prepared<T = Record<string, unknown>>(db: Tx | Db, query: SQL): Promise<T[]> {
  // `dialect` is protected in Drizzle's types; the session always has it at run time.
  const session = db._.session as unknown as Session;
  return session.prepareQuery(session.dialect.sqlToQuery(query), undefined, "prepared", false).execute() as Promise<T[]>;
}

/**
 * Writes whose answers nothing waits for, sent without awaiting so they share round trips with
 * the next statement that is awaited. Postgres runs a connection's statements in the order sent,
 * so a later read still sees them. `settle` before commit surfaces the first failure.
 */
export class PendingWrites {
  private readonly sent: Array<Promise<unknown>> = [];

  add(write: PromiseLike<unknown>): void {
    // `then` once, now: a Drizzle builder runs its statement on every `then`, and only when asked.
    const sent = Promise.resolve(write.then((x) => x));
    // A failure also aborts the transaction, so the awaited statement after it fails too; this
    // keeps the rejection from being reported as unhandled before `settle` sees it.
    sent.catch(() => {});
    this.sent.push(sent);
  }

  async settle(): Promise<void> {
    await Promise.all(this.sent);
  }
}
