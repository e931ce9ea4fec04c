import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { migrate } from "./migrate";

/**
 * A throwaway database for one test run, created with a UTF-8 LC_CTYPE (pg_trgm yields no Arabic
 * trigrams under the C locale) and migrated. `drop()` removes it.
 */
export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(adminUrl = DEFAULT_ADMIN_URL): Promise<TestDatabase> {
  const name = `marsad_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(
      `CREATE DATABASE "${name}" ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
