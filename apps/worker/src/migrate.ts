/**
 * Applies pending database migrations, creates the first admin when there is no user yet
 * (MARSAD_ADMIN_USERNAME / MARSAD_ADMIN_PASSWORD, else a generated password printed here once),
 * and exits; run before the apps start (compose's `migrate` service).
 */
import { firstAdminFromEnv } from "@marsad/accounts";
import { createDb } from "@marsad/db";
import { migrate } from "@marsad/db/migrate";
import { z } from "zod";

const { DATABASE_URL } = z.object({ DATABASE_URL: z.string().url() }).parse(process.env);
await migrate(DATABASE_URL);
process.stdout.write("migrations applied\n");
const { db, close } = createDb(DATABASE_URL, { max: 1 });
try {
  const created = await firstAdminFromEnv(db, process.env);
  if (created) process.stdout.write(`${created}\n`);
} finally {
  await close();
}
