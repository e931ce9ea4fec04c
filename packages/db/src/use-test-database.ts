import { afterAll, beforeAll } from "vitest";
import { createDb, type Db, type DbHandle } from "./client";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** The database of a test file: made and migrated before its tests, dropped after them. */
export interface TestDatabaseHandle {
  /** Drizzle on the test database (read it inside hooks and tests, once it exists). */
  readonly db: Db;
  readonly url: string;
}

/**
 * Registers the hooks that give a test file its own throwaway database
 * (`createTestDatabase`, admin URL from `MARSAD_TEST_ADMIN_URL`) and close and drop it at the end.
 * Call it at the top of the file, before any `beforeAll` that fills the database.
 */
export function useTestDatabase(): TestDatabaseHandle {
  let testDb: TestDatabase | undefined;
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
    handle = createDb(testDb.url);
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });
  const made = () => {
    if (!handle || !testDb) throw new Error("the test database is made in beforeAll; read it inside hooks and tests");
    return { handle, testDb };
  };
  return {
    get db() {
      return made().handle.db;
    },
    get url() {
      return made().testDb.url;
    },
  };
}
