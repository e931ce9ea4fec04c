import { MIGRATIONS_FOLDER } from "@marsad/schema/migrations";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import { createDb } from "./client";

export { MIGRATIONS_FOLDER };

/** Applies every pending migration. Safe to run on each start: applied ones are skipped. */
export async function migrate(url: string): Promise<void> {
  const handle = createDb(url, { max: 1 });
  try {
    await drizzleMigrate(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await handle.close();
  }
}
