import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MIGRATIONS_FOLDER } from "@marsad/schema/migrations";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { DEFAULT_ADMIN_URL } from "./test-database";

/**
 * For tests of a migration that converts existing data: a fresh database migrated only up to
 * `tag` (the migrations folder as it was then), to be given rows of the old shape and migrated to
 * the end. `drop` removes it.
 */
export async function databaseMigratedUpTo(tag: string) {
  const adminUrl = process.env.MARSAD_TEST_ADMIN_URL ?? DEFAULT_ADMIN_URL;
  const name = `marsad_test_${tag.slice(0, 4)}_${Date.now().toString(36)}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}" ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`);
  await admin.end();
  const folder = mkdtempSync(join(tmpdir(), "marsad-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await drizzleMigrate(drizzle(sql), { migrationsFolder: folder });
  return {
    url,
    sql,
    async drop() {
      await sql.end();
      rmSync(folder, { recursive: true, force: true });
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
