import type { Db } from "@marsad/db";

/** A Drizzle transaction on the Marsad schema. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
