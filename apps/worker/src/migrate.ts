/** Applies pending database migrations and exits; run before the apps start (compose's `migrate` service). */
import { migrate } from "@marsad/db/migrate";
import { z } from "zod";

const { DATABASE_URL } = z.object({ DATABASE_URL: z.string().url() }).parse(process.env);
await migrate(DATABASE_URL);
process.stdout.write("migrations applied\n");
